#!/usr/bin/env bash
# Translation bench: pipeline overhead against plain `apertium`, translation-memory speed-up and fidelity.
# Usage: bench/translation/run.sh PATH/TO/qa/dev-cases.jsonl [--pair fr->es] [--articles 100] [--paragraphs 2] [--rounds 3] [--out FILE]
# The cases file is read at run time and never copied into the repository. Needs apertium and the pair's package.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cases="${1:?usage: bench/translation/run.sh PATH/TO/dev-cases.jsonl [options]}"
shift
dotnet build "$root/bench/translation/Newsdesk.Bench.Translation/Newsdesk.Bench.Translation.csproj" -c Release -nologo -v q >/dev/null
exec dotnet "$root/bench/translation/Newsdesk.Bench.Translation/bin/Release/net10.0/Newsdesk.Bench.Translation.dll" --cases "$cases" "$@"
