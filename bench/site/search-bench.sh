#!/usr/bin/env bash
# Search latency on 100,000 generated articles (bench/site/SiteBench/Corpus.cs), on SQLite and, when a PostgreSQL
# server is given, on PostgreSQL. Prints one markdown table per dialect.
# Usage: bench/site/search-bench.sh [postgres server connection string, e.g. "Host=127.0.0.1;Username=newsdesk;Password=newsdesk"]
# The reported PostgreSQL figures are with shared_buffers = 2GB (ALTER SYSTEM SET shared_buffers = '2GB'; restart), as
# deploy/compose.postgres.yml sets it; Debian's default 128 MB is smaller than the 100,000-article working set.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
articles="${ARTICLES:-100000}"
work="$(mktemp -d /tmp/newsdesk-search-XXXX)"
trap 'rm -rf "$work"' EXIT
dotnet build "$root/bench/site/SiteBench" -c Release -o "$work/bin" -nologo -v q >/dev/null
bench() { dotnet "$work/bin/SiteBench.dll" "$@"; }

bench corpus --db "$work/search.db" --articles "$articles" >&2
bench search --db "$work/search.db" --queries 1000

if [ -n "${1:-}" ]; then
  name="newsdesk_bench_$$"
  psql "postgresql://${PGUSER:-newsdesk}:${PGPASSWORD:-newsdesk}@127.0.0.1:5432/postgres" -q \
    -c "CREATE DATABASE $name" -c "ALTER DATABASE $name SET synchronous_commit = off" # bulk load only; queries are unaffected
  bench corpus --db "$1;Database=$name" --articles "$articles" >&2
  bench search --db "$1;Database=$name" --queries 1000
  psql "postgresql://${PGUSER:-newsdesk}:${PGPASSWORD:-newsdesk}@127.0.0.1:5432/postgres" -q -c "DROP DATABASE $name WITH (FORCE)"
fi
