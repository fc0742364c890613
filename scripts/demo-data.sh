#!/usr/bin/env bash
# Loads the demo data into a running suite when its databases are empty: ./scripts/demo-data.sh load
set -euo pipefail
cd "$(dirname "$0")/.."
REGISTRY="${REGISTRY_URL:-http://127.0.0.1:8081}"

case "${1:-}" in
  load) echo "Demo data: nothing to load yet." ;;
  *) echo "usage: $0 load"; exit 2 ;;
esac
