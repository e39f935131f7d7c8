#!/usr/bin/env bash
# SmartReader peer (bench/Newsdesk.Bench.SmartReaderPeer), built by run.sh into bench/.peers/smartreader.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec dotnet "${SMARTREADER_PEER_DLL:-$here/../.peers/smartreader/Newsdesk.Bench.SmartReaderPeer.dll}" "$@"
