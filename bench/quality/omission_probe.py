#!/usr/bin/env python3
"""Omission probe: delete each sentence of the clean French->German articles of the QA dev set in turn and count how
often the gate reports an omission (python3 stdlib only).

    python3 bench/quality/omission_probe.py [SHARED_DIR] [NEWSDESK]

The dev set labels 112 synthetic omissions; this probe makes one variant per target sentence of the 68 clean
('control') articles, about 480, so that recall by sentence length can be read with less noise. The untouched
articles are checked too: an omission reported on one of them is a false positive. Sentences are split where a
word of three or more lower-case letters ends with . ! ? (or a closing quote follows one) before a capital
(qa_batch.sentences); a paragraph left empty is removed. Nothing is written into the repository.
"""
import collections
import json
import os
import re

import qa_batch


def variants(cases_path):
    for line in open(cases_path, encoding="utf-8"):
        c = json.loads(line)
        if c["kind"] != "control" or not c["origin"].startswith("syn-"):
            continue
        base = {"src_lang": c["src_lang"], "tgt_lang": c["tgt_lang"], "tgt_locale": c["tgt_locale"], "source": c["source"]}
        yield dict(base, id=c["id"] + "#original", target=c["target"]), None
        paragraphs = c["target"].split("\n")
        for pi, paragraph in enumerate(paragraphs):
            sentences = qa_batch.sentences(paragraph)
            for si, sentence in enumerate(sentences):
                rest = " ".join(sentences[:si] + sentences[si + 1:])
                target = "\n".join(paragraphs[:pi] + ([rest] if rest else []) + paragraphs[pi + 1:])
                yield dict(base, id="%s#p%ds%d" % (c["id"], pi, si), target=target), len(re.findall(r"\w", sentence))


def main():
    shared, newsdesk = qa_batch.paths()
    found = collections.Counter()
    total = collections.Counter()
    false_positives = originals = 0
    for length, categories in qa_batch.check(variants(os.path.join(shared, "bench", "qa", "dev-cases.jsonl")), newsdesk):
        omission = "omission" in categories
        if length is None:
            originals += 1
            false_positives += omission
            continue
        band = "< 40" if length < 40 else "40-79" if length < 80 else ">= 80"
        total[band] += 1
        found[band] += omission
    n, hit = sum(total.values()), sum(found.values())
    print("variants: %d, omission reported: %d (recall %.3f); untouched articles flagged: %d of %d"
          % (n, hit, hit / n if n else 0, false_positives, originals))
    for band in ("< 40", "40-79", ">= 80"):
        if total[band]:
            print("  deleted sentence of %s letters: %d of %d (%.3f)" % (band, found[band], total[band], found[band] / total[band]))


if __name__ == "__main__":
    main()
