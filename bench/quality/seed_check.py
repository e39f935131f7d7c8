#!/usr/bin/env python3
"""Checks the real seed article in target-only mode against its expected.json (python3 stdlib only).

  python3 bench/quality/seed_check.py FINDINGS.json SEED_DIR

FINDINGS.json is the output of `newsdesk check --source-lang fr --target-lang de --target SEED_DIR/article.de.txt --json`.
Passes when every "must" defect is overlapped by a finding of its category and no other finding is major or critical.
"""
import json
import sys


def overlaps(a, b):
    return a[0] < max(b[1], b[0] + 1) and b[0] < max(a[1], a[0] + 1)


def main():
    found = json.load(open(sys.argv[1], encoding="utf-8"))
    seed_dir = sys.argv[2]
    expected = json.load(open(seed_dir + "/expected.json", encoding="utf-8"))
    text = open(seed_dir + "/article.de.txt", encoding="utf-8").read()
    findings = found["findings"]
    ok = True
    print("| expected defect | must | span | found as |")
    print("| --- | --- | --- | --- |")
    for d in expected["defects"]:
        hits = [f for f in findings if f["category"] == d["category"] and overlaps(f["span"], d["span"])]
        s, e = d["span"]
        print("| %s `%s` | %s | [%d, %d) | %s |" % (d["category"], text[s:e].replace("\n", " "), "yes" if d["must"] else "no",
                                                 s, e, ", ".join("%s (%s)" % (h["rule"], h["severity"]) for h in hits) or "-"))
        if d["must"] and not hits:
            ok = False
    known = [d["span"] for d in expected["defects"]]
    extra = [f for f in findings if f["severity"] in ("major", "critical") and not any(overlaps(f["span"], k) for k in known)]
    print()
    print("verdict: %s; findings: %d; major/critical findings outside the expected defects: %d" % (found["verdict"], len(findings), len(extra)))
    for f in extra:
        s, e = f["span"]
        print("  unexpected: %s %s %r" % (f["severity"], f["rule"], text[s:e]))
        ok = False
    print("seed check:", "PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
