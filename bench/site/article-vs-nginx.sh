#!/usr/bin/env bash
# Article page throughput: Newsdesk (`newsdesk serve`, Release, output cache) against nginx serving the same rendered
# page as a static file, on this machine, in one run, with wrk at 64 connections. Prints a markdown table.
# Usage: bench/site/article-vs-nginx.sh [seconds per run, default 20]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
secs="${1:-20}"
work="$(mktemp -d /tmp/newsdesk-bench-XXXX)"
trap 'kill ${serve_pid:-} ${nginx_pid:-} 2>/dev/null || true; rm -rf "$work"' EXIT
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 2; }
command -v nginx >/dev/null || { echo "needs nginx (apt-get install nginx)" >&2; exit 2; }

dotnet build "$root/bench/site/SiteBench" -c Release -o "$work/bench" -nologo -v q >/dev/null
dotnet "$work/bench/SiteBench.dll" desk --db "$work/desk.db" --articles 300 >/dev/null
"$root/newsdesk" --version >/dev/null 2>&1 || true   # builds the executable (Release) when sources changed

"$root/newsdesk" serve --db "$work/desk.db" --urls http://127.0.0.1:5091 2>"$work/serve.log" &
serve_pid=$!
for _ in $(seq 1 60); do curl -sf http://127.0.0.1:5091/healthz >/dev/null && break; sleep 1; done
path=$(curl -sf http://127.0.0.1:5091/es/ | grep -o 'href="/es/a/[^"]*"' | head -1 | cut -d'"' -f2)
curl -sf "http://127.0.0.1:5091$path" -o "$work/page.html"
mkdir -p "$work/www" && cp "$work/page.html" "$work/www/index.html"

cat > "$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    server {
        listen 127.0.0.1:5092;
        root $work/www;
        location / { default_type text/html; try_files /index.html =404; }
    }
}
CONF
nginx -c "$work/nginx.conf" -p "$work" -g 'daemon off;' &
nginx_pid=$!
sleep 1

run() { wrk -t2 -c64 -d"${secs}s" --latency "$1" 2>&1; }
run "http://127.0.0.1:5091$path" >/dev/null   # warm-up: JIT, first render into the cache
newsdesk_out=$(run "http://127.0.0.1:5091$path")
nginx_out=$(run "http://127.0.0.1:5092/")
rps() { echo "$1" | awk '/Requests\/sec/ {print $2}'; }
p99() { echo "$1" | awk '$1=="99%" {print $2}'; }
p50() { echo "$1" | awk '$1=="50%" {print $2}'; }
nd=$(rps "$newsdesk_out"); ng=$(rps "$nginx_out")
bytes=$(wc -c < "$work/page.html")
echo "| server | requests/s | p50 | p99 |"
echo "|---|---|---|---|"
echo "| newsdesk serve (article page, $bytes bytes, output cache) | $nd | $(p50 "$newsdesk_out") | $(p99 "$newsdesk_out") |"
echo "| nginx (same page as a static file) | $ng | $(p50 "$nginx_out") | $(p99 "$nginx_out") |"
awk -v a="$nd" -v b="$ng" 'BEGIN { printf "\nratio newsdesk/nginx: %.2f\n", a / b }'
