#!/usr/bin/env bash
# Quality gate benchmark: scorer on the shared QA dev set, the real seed article in target-only mode, and
# throughput against a naive regex checker measured in the same run.
#   bash bench/quality/run.sh [SHARED_DIR] [SECONDS_PER_CONFIGURATION]
# SHARED_DIR defaults to ../shared beside the repository (the shared data is used by path, never copied in).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shared="${1:-$root/../shared}"
seconds="${2:-5}"
out="$root/bench/runs/quality"
mkdir -p "$out"

echo "== scorer: newsdesk check --batch on $shared/bench/qa/dev-cases.jsonl"
start=$(date +%s.%N)
"$root/newsdesk" check --batch "$shared/bench/qa/dev-cases.jsonl" --json > "$out/findings.jsonl" 2> "$out/batch.log"
end=$(date +%s.%N)
echo "batch wall time: $(echo "$end - $start" | bc) s for $(wc -l < "$out/findings.jsonl") cases (includes start-up and model loading)"
python3 "$shared/bench/qa/score.py" --findings "$out/findings.jsonl" --by origin | tee "$out/score.txt"

echo "== seed: target-only check of $shared/examples/seed/article.de.txt"
"$root/newsdesk" check --source-lang fr --target-lang de --target "$shared/examples/seed/article.de.txt" --json > "$out/seed.json" || true
python3 "$root/bench/quality/seed_check.py" "$out/seed.json" "$shared/examples/seed" | tee "$out/seed.txt"

echo "== throughput (one thread), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet run -c Release --project "$root/bench/quality/Newsdesk.Bench.Quality" -- "$shared/bench/qa/dev-cases.jsonl" "$seconds" | tee "$out/throughput.txt"
