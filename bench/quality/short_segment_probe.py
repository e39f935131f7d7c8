#!/usr/bin/env python3
"""Short segments left in another language: headings, kickers and captions of 8-40 characters put into translated
articles, and how often the gate reports them as untranslated (python3 stdlib, plus the `apertium` command).

    python3 bench/quality/short_segment_probe.py [SHARED_DIR] [NEWSDESK] [--misses [--unseen]]

The seed's own defect is a French heading left in a German text. The segments below were written for this probe
(none is taken from the dev set or from an article). Even-numbered segments of each list were the development half
while the untranslated check was changed; odd-numbered ones were not looked at and are reported apart ("unseen").

Scenarios (each segment as a kicker above the first paragraph, a heading between paragraphs, a caption line):
- fr in de: the clean French->German articles of the QA dev set (controls), the segment only in the translation;
- fr in de, also in the original: the same segment put at the same place in the French original (copied over);
- fr in es / fr in ca: the French originals translated by Apertium (fr-es, fra-cat), the segment only in the target;
- fr in en: English articles (the MQM news sources grouped by document) checked without an original, declared fr->en;
- en in de: an English segment in the fr->de articles (a third language);
- de in en: German segments in the English articles, their German translations (the MQM references) as the original.

A probe is found when the gate reports an untranslated finding. The untouched articles are checked too: any finding on a
fr->de control, and any untranslated finding on the others (Apertium's output has defects of its own), is reported.
Nothing is written into the repository.
"""
import collections
import json
import os
import subprocess
import sys
import tempfile

import qa_batch

FRENCH = [
    "Une saison sous haute tension", "Les chiffres à retenir", "Ce que prévoit le texte", "Le point de vue des riverains",
    "Retour sur une longue nuit", "La colère gronde chez les élus", "Un accord encore fragile", "Les questions qui restent",
    "Vers une sortie de crise ?", "Le quai désert au petit matin", "Des voix dans la tempête", "Pourquoi c'est important",
    "Un chantier sans fin", "Témoignage d'une infirmière", "La réponse du gouvernement", "Au cœur du marché couvert",
    "Sur le terrain avec les pompiers", "Des loyers toujours plus chers", "Le maire devant la salle comble",
    "Des manifestants près de la gare",
]
ENGLISH = [
    "What happens next", "The numbers behind the deal", "A long night in the harbour", "Why this matters now",
    "Voices from the picket line", "Inside the covered market", "How the vote unfolded", "A deal that may not last",
    "The view from the town hall", "Protesters gather near the station",
]
GERMAN = [
    "Was jetzt auf dem Spiel steht", "Die Zahlen hinter dem Streit", "Eine lange Nacht am Hafen", "Warum das wichtig ist",
    "Stimmen aus der Nachbarschaft", "Ein Abkommen mit Lücken", "Der Bürgermeister vor dem Rathaus",
    "Wie es nun weitergeht", "Ärger über die neuen Mieten", "Demonstranten nahe dem Bahnhof",
]
POSITIONS = ["kicker", "heading", "caption"]


def insert(paragraphs, position, segment):
    if position == "kicker":
        return [segment] + paragraphs
    k = min(2, len(paragraphs) - 1) if position == "heading" else min(1, len(paragraphs))
    return paragraphs[:k] + [segment] + paragraphs[k:]


def apertium(mode, text):
    out = subprocess.run(["apertium", "-u", mode], input=text, capture_output=True, text=True, check=True).stdout
    return out.rstrip("\n")


def articles(shared):
    cases = [json.loads(l) for l in open(os.path.join(shared, "bench", "qa", "dev-cases.jsonl"), encoding="utf-8")]
    controls = [c for c in cases if c["kind"] == "control" and c["origin"].startswith("syn-")]
    docs = collections.defaultdict(list)
    for c in cases:
        if c["kind"] == "mqm-clean" and c["origin"].startswith("mqm-wmt21-newstest"):
            docs[c["meta"]["doc"]].append(c)
    english = [(d, sorted(v, key=lambda c: c["id"])) for d, v in sorted(docs.items()) if len(v) >= 4]
    return controls, english


def located(case, segment, label):
    """The case with the span of the inserted segment in its target (the segment is a line of its own)."""
    lines = case["target"].split("\n")
    start = sum(len(line) + 1 for line in lines[:lines.index(segment)])
    return dict(case, _start=start, _end=start + len(segment)), label


def variants(shared):
    controls, english = articles(shared)
    n = 0

    def each(segments, offset):
        nonlocal n
        for j, position in enumerate(POSITIONS):
            i = (offset * len(POSITIONS) + j) % len(segments)
            yield position, i, segments[i]

    for a, c in enumerate(controls):
        paragraphs, source_paragraphs = c["target"].split("\n"), c["source"].split("\n")
        base = {"src_lang": "fr", "tgt_lang": "de", "tgt_locale": "de-DE", "source": c["source"]}
        yield dict(base, id=c["id"] + "#de", target=c["target"]), ("untouched fr->de", None, True)
        for position, i, seg in each(FRENCH, a):
            t = "\n".join(insert(paragraphs, position, seg))
            yield located(dict(base, id="%s#fr-de-%s" % (c["id"], position), target=t), seg, ("fr in de", position, i % 2 == 0))
            if len(source_paragraphs) == len(paragraphs):
                s = "\n".join(insert(source_paragraphs, position, seg))
                yield located(dict(base, id="%s#fr-de-both-%s" % (c["id"], position), source=s, target=t), seg, ("fr in de, also in the original", position, i % 2 == 0))
        for position, i, seg in each(ENGLISH, a):
            t = "\n".join(insert(paragraphs, position, seg))
            yield located(dict(base, id="%s#en-de-%s" % (c["id"], position), target=t), seg, ("en in de", position, i % 2 == 0))
        # Spanish and Catalan translations by Apertium, every other article (Apertium takes a while).
        if a % 2 == 0:
            for mode, lang, locale in (("fr-es", "es", "es-ES"), ("fra-cat", "ca", "ca-ES")):
                target = apertium(mode, c["source"])
                tp = target.split("\n")
                b = {"src_lang": "fr", "tgt_lang": lang, "tgt_locale": locale, "source": c["source"]}
                yield dict(b, id="%s#%s" % (c["id"], lang), target=target), ("untouched fr->%s" % lang, None, True)
                for position, i, seg in each(FRENCH, a + 7):
                    t = "\n".join(insert(tp, position, seg))
                    yield located(dict(b, id="%s#fr-%s-%s" % (c["id"], lang, position), target=t), seg, ("fr in %s" % lang, position, i % 2 == 0))
    for a, (doc, segs) in enumerate(english):
        en = [c["source"] for c in segs]
        de = [c["target"] for c in segs]
        b = {"src_lang": "fr", "tgt_lang": "en", "tgt_locale": "en-GB"}
        yield dict(b, id="%s#en" % doc, target="\n".join(en)), ("untouched en (no original)", None, True)
        for position, i, seg in each(FRENCH, a + 3):
            yield located(dict(b, id="%s#fr-en-%s" % (doc, position), target="\n".join(insert(en, position, seg))), seg, ("fr in en (no original)", position, i % 2 == 0))
        b = {"src_lang": "de", "tgt_lang": "en", "tgt_locale": "en-GB", "source": "\n".join(de)}
        yield dict(b, id="%s#de-en" % doc, target="\n".join(en)), ("untouched de->en", None, True)
        for position, i, seg in each(GERMAN, a):
            yield located(dict(b, id="%s#de-en-%s" % (doc, position), target="\n".join(insert(en, position, seg))), seg, ("de in en", position, i % 2 == 0))


def copied_words(case, finding):
    """An untranslated.fragment whose words are all words of the original (an engine's copy, not a false alarm)."""
    if finding["rule"] != "untranslated.fragment" or not finding.get("span") or not case.get("source"):
        return False
    norm = lambda t: t.replace("’", "'").replace('"', "'")
    source_words = set(w.strip(".,;:!?()«»\"'") for w in norm(case["source"]).split())
    start, end = finding["span"]
    words = [w.strip(".,;:!?()«»\"'") for w in norm(case["target"][start:end]).split()]
    return len(words) >= 3 and all(w in source_words for w in words if w)


def run(variants_list, newsdesk):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "variants.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for case, _ in variants_list:
                f.write(json.dumps({k: v for k, v in case.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
        out = subprocess.run([newsdesk, "check", "--batch", path, "--json"], capture_output=True, text=True, check=False)
    return {d["id"]: d.get("findings", []) for d in map(json.loads, out.stdout.splitlines())}


def main():
    show_misses = "--misses" in sys.argv
    show_unseen = "--unseen" in sys.argv
    sys.argv = [a for a in sys.argv if a not in ("--misses", "--unseen")]
    shared, newsdesk = qa_batch.paths()
    vs = list(variants(shared))
    found = run(vs, newsdesk)
    total, hit = collections.Counter(), collections.Counter()
    untouched, untouched_flagged = collections.Counter(), collections.Counter()
    misses = []
    for case, (scenario, position, dev) in vs:
        fs = found.get(case["id"], [])
        if position is None:
            untouched[scenario] += 1
            # Apertium leaves words it does not know in French (-u): those untranslated.word findings are right, and so
            # is an untranslated.fragment whose words stand in the original as they are (the engine copied them over).
            bad = fs if scenario == "untouched fr->de" else [f for f in fs if f["category"] == "untranslated" and f["rule"] != "untranslated.word"
                                                            and not copied_words(case, f)]
            if bad:
                untouched_flagged[scenario] += 1
                misses.append(("FP", case["id"], [(f["rule"], f["message"][:80]) for f in bad]))
            continue
        ok = any(f["category"] == "untranslated" and f.get("span") and f["span"][0] < case["_end"] and case["_start"] < f["span"][1]
                 for f in fs)
        for key in ((scenario, "all"), (scenario, position), ("all", "dev" if dev else "unseen"), ("all", "all")):
            total[key] += 1
            hit[key] += ok
        if not ok and (dev or show_unseen):
            misses.append(("miss", case["id"], [(f["rule"], f["message"][:60]) for f in fs]))
    print("| scenario | kicker | heading | caption | all |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for scenario in sorted({k[0] for k in total if k[0] != "all"}):
        cells = ["%d/%d" % (hit[(scenario, p)], total[(scenario, p)]) for p in POSITIONS + ["all"]]
        print("| %s | %s |" % (scenario, " | ".join(cells)))
    for part in ("dev", "unseen", "all"):
        t, h = total[("all", part)], hit[("all", part)]
        print("| all, %s segments | | | | %d/%d = %.3f |" % (part, h, t, h / t if t else 0))
    print()
    for scenario in sorted(untouched):
        print("untouched, %s: %d of %d with a finding" % (scenario, untouched_flagged[scenario], untouched[scenario]))
    if show_misses:
        for m in misses:
            print(*m)


if __name__ == "__main__":
    main()
