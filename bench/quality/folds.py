#!/usr/bin/env python3
"""The fold-by-document protocol of issue 14: the QA dev set split into 3 folds by document, the gate scored per fold,
and which rules carry their category's hits in one fold only (python3 stdlib only).

    python3 bench/quality/folds.py [SHARED_DIR] [NEWSDESK] [--findings FILE] [--folds 3]

Cases of one document (meta.doc) stay in one fold, so a rule written while looking at a document cannot be measured on
that document's other cases. Documents are dealt out per origin, largest first, each to the fold with the fewest cases
of that origin so far, so every fold holds every origin and the split does not change between runs.

The gate has no fitted weights; its rules were written by hand on the whole dev set. So "tuned on the other folds"
is read as: a rule that is the only source of its category's hit on cases of one fold and none of the others helps
only where it was written, and its gain is listed. Without --findings the gate is run once on the whole set
(`newsdesk check --batch ... --json`); the findings do not depend on the fold.
"""
import argparse
import collections
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

CATEGORIES = ["boilerplate", "untranslated", "number", "omission"]
GOALS = {"controls": 0.03, "clean": 0.03, "boilerplate": 0.90, "untranslated": 0.85, "number": 0.95, "omission": 0.95}


def load_score(shared):
    spec = importlib.util.spec_from_file_location("score", os.path.join(shared, "bench", "qa", "score.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def assign_folds(cases, k):
    """Document -> fold, dealt out per origin, largest document first, to the fold with the fewest cases so far."""
    by_origin = collections.defaultdict(collections.Counter)
    for c in cases:
        by_origin[c["origin"]][c["meta"]["doc"]] += 1
    fold_of = {}
    for origin in sorted(by_origin):
        load = [0] * k
        for doc, n in sorted(by_origin[origin].items(), key=lambda x: (-x[1], x[0])):
            f = min(range(k), key=lambda i: (load[i], i))
            fold_of[(origin, doc)] = f
            load[f] += n
    return {c["id"]: fold_of[(c["origin"], c["meta"]["doc"])] for c in cases}


def run_gate(cases_path, newsdesk):
    out = subprocess.run([newsdesk, "check", "--batch", cases_path, "--json"], capture_output=True, text=True, check=False)
    found = {}
    for line in out.stdout.splitlines():
        d = json.loads(line)
        found[d["id"]] = d.get("findings", [])
    return found


def figures(score, cases, found):
    args = argparse.Namespace(min_sev=score.SEV_RANK["minor"], min_votes=1, include_derived=False)
    res = score.evaluate(cases, found, args)
    controls = [c for c in cases if c["kind"] == "control" and c["origin"].startswith("syn-")]
    flagged = sum(1 for c in controls if found.get(c["id"]))
    row = {"cases": len(cases), "docs": len({(c["origin"], c["meta"]["doc"]) for c in cases}),
           "controls": (flagged, len(controls)), "clean": (res["clean_flagged"], res["clean_n"])}
    for k in CATEGORIES:
        st = res["stat"].get(k, {})
        row[k] = (st.get("tp", 0), st.get("gold", 0))
    return row


def ratio(pair):
    n, d = pair
    return "%.3f (%d/%d)" % (n / d, n, d) if d else "-"


def meets(key, pair):
    n, d = pair
    if not d:
        return True
    return n / d <= GOALS[key] if key in ("controls", "clean") else n / d >= GOALS[key]


def unique_hits(score, cases, found, fold):
    """Rule -> Counter(fold -> cases where that rule alone gives its category's true positive)."""
    out = collections.defaultdict(collections.Counter)
    for c in cases:
        gold = {score.canon(e["category"]) for e in c["expected"]}
        by_cat = collections.defaultdict(set)
        for f in found.get(c["id"], []):
            by_cat[score.canon(f.get("category"))].add(f.get("rule", "?"))
        for cat, rules in by_cat.items():
            if cat in gold and len(rules) == 1:
                out[next(iter(rules))][fold[c["id"]]] += 1
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("shared", nargs="?")
    ap.add_argument("newsdesk", nargs="?")
    ap.add_argument("--findings", help="a findings file of the whole dev set (skips running the gate)")
    ap.add_argument("--folds", type=int, default=3)
    a = ap.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    shared = a.shared or os.path.join(root, "..", "shared")
    newsdesk = a.newsdesk or os.path.join(root, "newsdesk")
    cases_path = os.path.join(shared, "bench", "qa", "dev-cases.jsonl")
    score = load_score(shared)
    cases = [json.loads(l) for l in open(cases_path, encoding="utf-8") if l.strip()]
    if a.findings:
        found = {}
        for line in open(a.findings, encoding="utf-8"):
            d = json.loads(line)
            found[d["id"]] = d.get("findings", [])
    else:
        found = run_gate(cases_path, newsdesk)
    fold = assign_folds(cases, a.folds)

    rows = [("fold %d" % i, figures(score, [c for c in cases if fold[c["id"]] == i], found)) for i in range(a.folds)]
    rows.append(("all", figures(score, cases, found)))
    head = ["figure (goal)"] + [name for name, _ in rows]
    print("| " + " | ".join(head) + " |")
    print("| --- |" + " ---: |" * len(rows))
    print("| cases / documents | " + " | ".join("%d / %d" % (r["cases"], r["docs"]) for _, r in rows) + " |")
    labels = [("controls", "clean fr->de controls flagged (≤ 0.03)"), ("clean", "all clean cases flagged (≤ 0.03)"),
              ("boilerplate", "boilerplate recall (≥ 0.90)"), ("untranslated", "untranslated recall (≥ 0.85)"),
              ("number", "number recall (≥ 0.95)"), ("omission", "omission recall (≥ 0.95)")]
    for key, label in labels:
        cells = [ratio(r[key]) + ("" if meets(key, r[key]) else " ✗") for _, r in rows]
        print("| %s | %s |" % (label, " | ".join(cells)))

    print()
    print("Rules that alone give their category's hit (cases per fold):")
    hits = unique_hits(score, cases, found, fold)
    one_fold = []
    for rule in sorted(hits):
        per = [hits[rule][i] for i in range(a.folds)]
        marker = ""
        if sum(1 for n in per if n) == 1:
            marker = "  <- one fold only"
            one_fold.append(rule)
        print("  %-40s %s%s" % (rule, " ".join("%4d" % n for n in per), marker))
    print("one fold only: " + (", ".join(one_fold) if one_fold else "none"))

    # Phrase-list furniture: which listed phrases were matched in which folds (the dev set's labels are few phrases
    # reused across documents, so a split by document does not hold phrases out; furniture_probe.py does).
    phrases = collections.defaultdict(set)
    for cid, fs in found.items():
        for f in fs:
            if f.get("rule") in ("boilerplate.line", "boilerplate.inline") and cid in fold:
                phrases[f.get("message", "").split('" ')[0].strip('"')].add(fold[cid])
    if phrases:
        spread = collections.Counter(len(v) for v in phrases.values())
        print("phrase-list matches: %d distinct lines; in 1/2/3 folds: %s" % (
            len(phrases), "/".join(str(spread.get(i, 0)) for i in range(1, a.folds + 1))))


if __name__ == "__main__":
    sys.exit(main())
