#!/usr/bin/env python3
"""How Apertium's own null-flush pipeline (fr-es) answers when fed N requests at a time (issue 22).

Starts the script `apertium-wblank-mode -z` writes for the mode file (what the desk's resident pipeline runs), warms it
with one request, then sends the French sources of the QA dev set as NUL-ended requests with at most K in flight, for
several K, and prints the wall time. With --half every request is cut in two at a space (the same text in twice as many
requests): the difference is what the programs cost per request.

    python3 bench/translation/apertium_depth.py ../shared/bench/qa/dev-cases.jsonl [--half]
"""
import json
import subprocess
import sys
import threading
import time

ESCAPE = set("[]\\^$@/<>{}*#~")


def deformat(text):
    # Apertium's plain-text stream: reserved characters escaped, each line break a superblank.
    out = "".join("\\" + ch if ch in ESCAPE else "[][\n]" if ch == "\n" else ch for ch in text)
    return out + "[][\n]"


def requests(cases, half):
    seen, texts = set(), []
    for line in open(cases, encoding="utf-8"):
        case = json.loads(line)
        if case["src_lang"] == "fr" and case["source"] not in seen:
            seen.add(case["source"])
            texts.append(case["source"])
    texts = texts[:100]
    if half:
        cut = [t.rfind(" ", 0, len(t) // 2) for t in texts]
        texts = [p for t, c in zip(texts, cut) for p in ((t[:c], t[c:]) if c > 0 else (t,))]
    return [deformat(t) for t in texts]


def run(script, reqs, depth):
    p = subprocess.Popen(["bash", "-c", script, "apertium-fr-es", "-g", ""], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    buf = b""

    def answer():
        nonlocal buf
        while b"\0" not in buf:
            chunk = p.stdout.read1(65536)
            if not chunk:
                raise SystemExit("the pipeline ended its output")
            buf += chunk
        i = buf.index(b"\0")
        buf = buf[i + 1:]

    p.stdin.write("Bonjour.[][\n]\0".encode())
    p.stdin.flush()
    answer()
    slots = threading.Semaphore(depth)

    def writer():
        for r in reqs:
            slots.acquire()
            p.stdin.write((r + "\0").encode())
            p.stdin.flush()

    start = time.time()
    w = threading.Thread(target=writer)
    w.start()
    for _ in reqs:
        answer()
        slots.release()
    w.join()
    elapsed = time.time() - start
    p.stdin.close()
    p.wait()
    return elapsed


def main():
    cases = sys.argv[1]
    half = "--half" in sys.argv
    script = subprocess.run(["apertium-wblank-mode", "-z", "/usr/share/apertium/modes/fr-es.mode"],
                            capture_output=True, text=True, check=True).stdout.strip()
    reqs = requests(cases, half)
    chars = sum(len(r) for r in reqs)
    for depth in (1, 2, 4, 8, 16, 100):
        print("requests %d, in flight at most %d: %.3f s for %d stream characters" % (len(reqs), depth, run(script, reqs, depth), chars))


if __name__ == "__main__":
    main()
