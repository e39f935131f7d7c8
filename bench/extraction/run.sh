#!/usr/bin/env bash
# Extraction bench: newsdesk vs Readability.js+jsdom vs SmartReader, same machine, same run.
#
# usage: bench/extraction/run.sh DEV_DIR [RUNS_DIR]
#   DEV_DIR   a prepared dataset (pages.tsv, html/, ground-truth.json), e.g. /work/shared/bench/extraction/dev
#   RUNS_DIR  where outputs go (default bench/runs/extraction, git-ignored)
# The harness scripts run_peer.sh and score.py are taken from DEV_DIR/.. (override with HARNESS_DIR).
# Peers are installed outside the tracked files: npm packages in bench/.peers/readability, the SmartReader
# console in bench/.peers/smartreader. Each peer runs in batch mode (one process, pages one after another)
# under /usr/bin/time -v for peak memory. Writes bench/results/extraction.md.
set -euo pipefail
[ $# -ge 1 ] || { sed -n '2,12p' "$0"; exit 2; }
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dev="$(cd "$1" && pwd)"
harness="${HARNESS_DIR:-$(dirname "$dev")}"
runs="${2:-$root/bench/runs/extraction}"
peers="$root/bench/.peers"
mkdir -p "$runs" "$peers/readability" "$root/bench/results"
[ -x "$harness/run_peer.sh" ] && [ -f "$harness/score.py" ] || { echo "run.sh: no run_peer.sh/score.py in $harness" >&2; exit 2; }

echo "== installing peers" >&2
if [ ! -d "$peers/readability/node_modules/@mozilla/readability" ] || [ ! -d "$peers/readability/node_modules/jsdom" ]; then
  (cd "$peers/readability" && { [ -f package.json ] || echo '{"name":"newsdesk-bench-peers","private":true}' > package.json; } \
    && npm install --no-audit --no-fund --silent @mozilla/readability jsdom@27.0.0 >&2)
fi
dotnet build "$root/bench/Newsdesk.Bench.SmartReaderPeer/Newsdesk.Bench.SmartReaderPeer.csproj" -c Release -o "$peers/smartreader" -nologo -v q >&2
"$root/newsdesk" --help >/dev/null   # builds the product (Release) when sources changed

declare -A cmds=(
  [newsdesk]="dotnet $root/.build/bin/newsdesk.dll extract --batch {pages} --out {outdir}"
  [readability]="$root/bench/extraction/readability.sh --batch {pages} --out {outdir}"
  [smartreader]="$root/bench/extraction/smartreader.sh --batch {pages} --out {outdir}"
)
for name in readability smartreader newsdesk; do
  echo "== $name" >&2
  /usr/bin/time -v -o "$runs/$name.time" "$harness/run_peer.sh" --batch -d "$dev" -o "$runs/$name" -- "${cmds[$name]}" 2> "$runs/$name.log" || true
  python3 "$harness/score.py" --data "$dev" --pred "$runs/$name" --name "$name" --by-lang --json-out "$runs/$name.score.json" | tee "$runs/$name.score.txt" >&2
done

python3 - "$runs" "$root/bench/results/extraction.md" "$dev" "$*" <<'PY'
import json, os, re, sys, platform, subprocess
runs, out, dev, argv = sys.argv[1:5]
names = ['newsdesk', 'readability', 'smartreader']
labels = {'newsdesk': 'newsdesk', 'readability': 'Readability.js 0.6 + jsdom 27.0.0', 'smartreader': 'SmartReader 0.11.1'}
res = {}
for n in names:
    s = json.load(open(os.path.join(runs, n + '.score.json')))
    t = open(os.path.join(runs, n + '.time')).read()
    rss = int(re.search(r'Maximum resident set size \(kbytes\): (\d+)', t).group(1))
    res[n] = (s, rss)
nd = res['newsdesk'][0]
def pps(s): return s['timing']['pages'] / s['timing']['wall_s']
cpu = subprocess.run(['bash', '-c', "lscpu | sed -n 's/^Model name: *//p' | head -1"], capture_output=True, text=True).stdout.strip()
langs = sorted({l for n in names for l in res[n][0]['by_lang']}, key=lambda l: -res['newsdesk'][0]['by_lang'].get(l, {}).get('pages', 0))
L = []
L.append('# Article extraction: newsdesk vs Readability.js and SmartReader\n')
L.append(f"Dataset: `{os.path.basename(dev)}` ({nd['overall']['pages']} pages, metric `{nd['metric']}`: trafilatura-style "
         "with/without snippets, micro-averaged). All three run in batch mode (one process, pages one after another, one "
         f"thread) in the same run on the same machine ({cpu}, {os.cpu_count()} cores, shared with other work).\n")
L.append('Reproduce:\n\n    bench/extraction/run.sh /work/shared/bench/extraction/dev\n')
L.append('| extractor | F1 | precision | recall | pages/s | speed vs Readability.js | peak RSS |')
L.append('|---|---|---|---|---|---|---|')
for n in names:
    s, rss = res[n]
    o = s['overall']
    L.append(f"| {labels[n]} | {o['f1']:.3f} | {o['precision']:.3f} | {o['recall']:.3f} | {pps(s):.1f} | "
             f"{pps(s) / pps(res['readability'][0]):.2f}x | {rss / 1024:.0f} MiB |")
L.append('')
L.append(f"newsdesk F1 lead: {nd['overall']['f1'] - res['readability'][0]['overall']['f1']:+.3f} over Readability.js, "
         f"{nd['overall']['f1'] - res['smartreader'][0]['overall']['f1']:+.3f} over SmartReader.\n")
L.append('## F1 by language (ground-truth language)\n')
L.append('| lang | pages | ' + ' | '.join(labels[n] for n in names) + ' |')
L.append('|---|---|' + '---|' * len(names))
for l in langs:
    row = [l, str(nd['by_lang'].get(l, {}).get('pages', 0))]
    for n in names:
        m = res[n][0]['by_lang'].get(l)
        row.append(f"{m['f1']:.3f}" if m else '-')
    L.append('| ' + ' | '.join(row) + ' |')
L.append('\nPages/s include each tool\'s process start-up once (batch mode). Peak RSS is `/usr/bin/time -v` '
         '"Maximum resident set size" of the largest process of the run. Raw outputs and per-page scores are in '
         'bench/runs/extraction/ (not committed).')
open(out, 'w').write('\n'.join(L) + '\n')
print(open(out).read())
PY

# Issue 20: pages refused as not-an-article (each kind with its evidence), F1 as the desk would publish, empty outputs.
python3 "$root/bench/extraction/refusals.py" "$dev" "$runs/newsdesk" "$harness/score.py" > "$runs/refusals.md"
{ echo; cat "$runs/refusals.md"; } >> "$root/bench/results/extraction.md"
