#!/usr/bin/env python3
"""Generalisation probes: defects the dev set has few or no examples of, put into the clean French->German articles
of the QA dev set, and how often the gate reports them (python3 stdlib only).

    python3 bench/quality/probes.py [SHARED_DIR] [NEWSDESK]

The dev set's synthetic defects use nine chrome labels and a few quote corruptions; the held-out set may use others.
Each probe here makes variants of the 68 clean ('control') synthetic articles:

- boilerplate: 71 widget labels written for the probe (German, the French and English ones as engines leave or
  render them), each as a line of its own and glued to the end of a paragraph, in one article; and cross-link
  labels followed by a headline ("Lesen Sie auch: ...");
- quotes: the first „…“ pair of each article with quotes turned into guillemets (spaced or not), typewriter quotes,
  English quotes, a mixed pair, a stray » after the closing mark, the closing mark dropped; a space put before the
  first ? ! : or ;
- numbers: a magnitude word dropped or swapped (Millionen <-> Milliarden), a digit changed;
- untranslated: one paragraph replaced by the original's paragraph (articles whose paragraphs correspond), and one
  sentence by the original's sentence (paragraphs that split into as many sentences on both sides).

A probe counts as found when the gate reports a finding of the probe's category. The untouched articles are checked
too; a finding on one of them is reported as a false positive. Nothing is written into the repository.
"""
import collections
import json
import os
import re

import qa_batch

LABELS = [
    "Das könnte Sie auch interessieren:", "Teilen auf WhatsApp", "Anzeige", "Mehr News aus Frankreich", "Zum Thema:",
    "Auch interessant:", "Verwandte Artikel", "Newsletter abonnieren", "Folgen Sie uns auf Twitter", "Empfohlen",
    "Meistgelesen", "Die meistgelesenen Artikel", "Quelle: AFP", "Foto: dpa", "Lesen Sie mehr",
    "Tags: Politik, Frankreich", "Schlagwörter: Wirtschaft", "Zurück zur Übersicht", "Drucken", "Kommentar verfassen",
    "Ähnliche Nachrichten :", "Verwandte Nachrichten :", "Verwandte News :", "Ähnliche Beiträge",
    "Unsere Nachrichten über Frankreich", "Fotostrecke", "Bildergalerie", "In der gleichen Rubrik",
    "In derselben Rubrik", "Auf der Titelseite", "Lesen Sie den Rest", "Lesen Sie die Fortsetzung", "Siehe auch",
    "Mehr erfahren", "Zum selben Thema", "Zum gleichen Thema", "Reagieren", "Einen Kommentar hinterlassen",
    "Gesponserte Inhalte", "Zurück nach oben", "Kommentare (3)",
    "Abonnieren Sie unseren Newsletter, um keine Nachrichten zu verpassen", "Teilen Sie diesen Artikel",
    "Auf Twitter teilen", "Per E-Mail teilen", "Hat Ihnen dieser Artikel gefallen?",
    "Gefällt Ihnen dieser Artikel? Teilen Sie ihn!", "Verpassen Sie keine Nachrichten mehr",
    "Alle unsere Artikel über Europa", "Weitere Nachrichten", "Top-Nachrichten", "Lire aussi :", "Related Posts :",
    "Related News:", "À lire aussi", "Sur le même sujet", "Publicité", "Partager sur Facebook", "Ähnliche Artikel :",
    "Lesen Sie auch :", "Die Redaktion empfiehlt", "Empfehlungen der Redaktion", "Copyright © 2021 Le Monde", "© AFP",
    "Folgen Sie uns auf Facebook und Twitter", "Abonnieren", "Jetzt abonnieren", "Klicken Sie hier, um mehr zu erfahren",
    "Video ansehen", "Zur Startseite", "Mehr zum Thema Klima",
]
TEASERS = [
    "Lesen Sie auch: Merz will die Schuldenbremse reformieren", "Mehr zum Thema: Streik im Hafen",
    "Auch interessant: Die Bahn erhöht die Preise", "Lire aussi : Le port de Marseille en grève",
    "À lire aussi : La réforme des retraites adoptée", "Related News : Port strike ends",
    "Read more: Port strike ends after three weeks", "Siehe auch: Der Haushalt 2024 im Überblick",
]
SWAP = {"Millionen": "Milliarden", "Milliarden": "Millionen", "Mio.": "Mrd.", "Mrd.": "Mio."}


def variants(cases_path):
    controls = []
    for line in open(cases_path, encoding="utf-8"):
        c = json.loads(line)
        if c["kind"] == "control" and c["origin"].startswith("syn-"):
            controls.append(c)
    for c in controls:
        base = {"src_lang": c["src_lang"], "tgt_lang": c["tgt_lang"], "tgt_locale": c["tgt_locale"], "source": c["source"]}
        t = c["target"]
        paragraphs = t.split("\n")
        yield dict(base, id=c["id"] + "#original", target=t), None
        # Boilerplate: every label in the first article long enough, every teaser in every tenth article.
        if c is controls[0]:
            k = min(2, len(paragraphs) - 1)
            for i, label in enumerate(LABELS + TEASERS):
                kind = "boilerplate" if i < len(LABELS) else "teaser"
                as_line = paragraphs[:k] + [label] + paragraphs[k:]
                glued = paragraphs[:k] + [paragraphs[k] + " " + label] + paragraphs[k + 1:]
                yield dict(base, id="%s#%s-line-%d" % (c["id"], kind, i), target="\n".join(as_line)), kind + " (line)"
                yield dict(base, id="%s#%s-glued-%d" % (c["id"], kind, i), target="\n".join(glued)), kind + " (glued)"
        # Quotes.
        m = re.search(r"„([^“„\n]{3,200})“", t)
        if m:
            inner, a, b = m.group(1), t[:m.start()], t[m.end():]
            quotes = {
                "guillemets": a + "«" + inner + "»" + b,
                "spaced guillemets": a + "« " + inner + " »" + b,
                "typewriter quotes": a + '"' + inner + '"' + b,
                "English quotes": a + "“" + inner + "”" + b,
                "mixed pair „…»": a + "„" + inner + "»" + b,
                "stray » after “": t[:m.end()] + " »" + b,
                "closing mark dropped": t[:m.end() - 1] + b,
            }
            for kind, v in quotes.items():
                yield dict(base, id="%s#quotes-%s" % (c["id"], kind), target=v), "quotes: " + kind
        spaced = re.sub(r"(\w)([?!:;])", r"\1 \2", t, count=1)
        if spaced != t:
            yield dict(base, id=c["id"] + "#quotes-french-spacing", target=spaced), "quotes: French spacing"
        # Numbers.
        for m in re.finditer(r"\b(\d+(?:[.,]\d+)?)\s(Millionen|Milliarden|Mio\.|Mrd\.)", t):
            yield dict(base, id="%s#number-drop-%d" % (c["id"], m.start()), target=t[:m.start(2) - 1] + t[m.end(2):]), "number: magnitude dropped"
            yield dict(base, id="%s#number-swap-%d" % (c["id"], m.start()), target=t[:m.start(2)] + SWAP[m.group(2)] + t[m.end(2):]), "number: magnitude swapped"
        for m in list(re.finditer(r"(?<![\d.,])(\d{2,4})(?![\d.,])", t))[:3]:
            v = t[:m.start()] + str(int(m.group(1)) + 1) + t[m.end():]
            yield dict(base, id="%s#number-digit-%d" % (c["id"], m.start()), target=v), "number: figure changed"
        # Untranslated paragraph.
        source_paragraphs = c["source"].split("\n")
        if len(source_paragraphs) == len(paragraphs):
            for i, p in enumerate(source_paragraphs):
                v = "\n".join(paragraphs[:i] + [p] + paragraphs[i + 1:])
                size = "< 40" if len(p) < 40 else ">= 40"
                yield dict(base, id="%s#untranslated-%d" % (c["id"], i), target=v), "untranslated: paragraph of %s characters" % size
                # One sentence of the paragraph, where both sides split into as many sentences.
                sentences, source_sentences = qa_batch.sentences(paragraphs[i]), qa_batch.sentences(p, qa_batch.FRENCH_SPLIT)
                if len(sentences) == len(source_sentences) >= 2:
                    for k, sentence in enumerate(source_sentences):
                        v = "\n".join(paragraphs[:i] + [" ".join(sentences[:k] + [sentence] + sentences[k + 1:])] + paragraphs[i + 1:])
                        size = "< 40" if len(sentence) < 40 else ">= 40"
                        yield dict(base, id="%s#untranslated-%d-%d" % (c["id"], i, k), target=v), "untranslated: sentence of %s characters" % size



def category_of(kind):
    for prefix, category in (("boilerplate", "boilerplate"), ("teaser", "boilerplate"), ("quotes", "punctuation"),
                             ("number", "number"), ("untranslated", "untranslated")):
        if kind.startswith(prefix):
            return category
    raise ValueError(kind)


def main():
    shared, newsdesk = qa_batch.paths()
    found = collections.Counter()
    total = collections.Counter()
    false_positives = originals = 0
    for kind, categories in qa_batch.check(variants(os.path.join(shared, "bench", "qa", "dev-cases.jsonl")), newsdesk):
        if kind is None:
            originals += 1
            false_positives += bool(categories)
            continue
        total[kind] += 1
        found[kind] += category_of(kind) in categories
    print("| probe | found | of | rate |")
    print("| --- | ---: | ---: | ---: |")
    for kind in sorted(total):
        print("| %s | %d | %d | %.3f |" % (kind, found[kind], total[kind], found[kind] / total[kind]))
    print()
    print("untouched articles with any finding: %d of %d" % (false_positives, originals))


if __name__ == "__main__":
    main()
