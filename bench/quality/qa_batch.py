"""Shared by the probes in bench/quality: paths from the command line, and one `newsdesk check --batch` run over
generated variants (python3 stdlib only)."""
import json
import os
import re
import subprocess
import sys
import tempfile

# Sentence ends for the probes: a word of three or more lower-case letters and . ! ? (or a closing quote after one)
# before a capital, so "28. Mai" and "z. B." stay whole.
GERMAN_SPLIT = re.compile(r'(?:(?<=[a-zäöüß)][a-zäöüß][a-zäöüß][.!?])|(?<=[.!?][“"»]))\s+(?=[A-ZÄÖÜ„"«])')
FRENCH_SPLIT = re.compile(r'(?:(?<=[a-zàâçéèêëîïôûùüÿœ)][a-zàâçéèêëîïôûùüÿœ][a-zàâçéèêëîïôûùüÿœ][.!?])|(?<=[.!?][”"»]))\s+(?=[A-ZÀÂÇÉÈÊÎÔ«"])')


def sentences(paragraph, pattern=GERMAN_SPLIT):
    """The sentences of a paragraph, split where the pattern matches."""
    return [s for s in pattern.split(paragraph) if s]


def paths():
    """SHARED_DIR and NEWSDESK from the command line, defaulting to ../shared and ./newsdesk of the repository."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared")
    newsdesk = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "newsdesk")
    return shared, newsdesk


def check(variants, newsdesk):
    """Checks (case, label) pairs in one batch; yields (label, set of finding categories) per output line."""
    labels = {}
    with tempfile.TemporaryDirectory() as tmp:
        inputs = os.path.join(tmp, "variants.jsonl")
        with open(inputs, "w", encoding="utf-8") as f:
            for case, label in variants:
                labels[case["id"]] = label
                f.write(json.dumps(case, ensure_ascii=False) + "\n")
        out = subprocess.run([newsdesk, "check", "--batch", inputs, "--json"], capture_output=True, text=True, check=False)
    for line in out.stdout.splitlines():
        d = json.loads(line)
        yield labels[d["id"]], {f["category"] for f in d.get("findings", [])}
