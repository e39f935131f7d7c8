#!/usr/bin/env bash
# Readability.js + jsdom peer; PEERS_DIR points at the folder where run.sh installed the npm packages.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export PEERS_DIR="${PEERS_DIR:-$here/../.peers/readability/node_modules}"
exec node "$here/readability-peer.mjs" "$@"
