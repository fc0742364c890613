#!/usr/bin/env bash
# Loads the demo data (demo/) into a running suite when its databases are empty:
#   ./scripts/demo-data.sh load
# Everything goes through the services' public API (the registry's projects through its CSV import),
# with Idempotency-Key headers, so an interrupted load can simply be run again.
set -euo pipefail
cd "$(dirname "$0")/.."
REGISTRY="${REGISTRY_URL:-http://127.0.0.1:8081}"

# post URL FILE-OR-BODY KEY [CONTENT-TYPE]: POSTs and prints the response body; fails loudly on a 4xx/5xx.
post() {
  local url=$1 body=$2 key=$3 type=${4:-application/json} out status
  out=$(mktemp)
  status=$(curl -sS -o "$out" -w '%{http_code}' -X POST "$url" -H "Content-Type: $type" \
    -H "Idempotency-Key: $key" -H "X-Civic-Actor: demo-loader" --data-binary "$body")
  if [ "$status" -ge 400 ]; then
    echo "POST $url failed with $status:" >&2
    cat "$out" >&2
    rm -f "$out"
    return 1
  fi
  cat "$out"
  rm -f "$out"
}

json_field() { # json_field NAME: the first string value of "NAME" in the JSON on stdin
  grep -o "\"$1\" *: *\"[^\"]*\"" | head -n 1 | sed 's/.*: *"\(.*\)"/\1/'
}

load_registry() {
  if ! curl -fsS "$REGISTRY/programmes?size=1" | grep -q '"total":0'; then
    echo "  registry: already has programmes, nothing loaded"
    return 0
  fi
  local line code n=0
  while IFS= read -r line; do
    [ -n "$line" ] || continue
    code=$(json_field code <<<"$line")
    post "$REGISTRY/regions" "$line" "demo-region-$code" >/dev/null
    n=$((n + 1))
  done <demo/registry/regions.ndjson
  echo "  registry: $n regions"
  n=0
  while IFS= read -r line; do
    [ -n "$line" ] || continue
    code=$(json_field code <<<"$line")
    post "$REGISTRY/departments" "$line" "demo-department-$code" >/dev/null
    n=$((n + 1))
  done <demo/registry/departments.ndjson
  echo "  registry: $n departments"
  local region year id file report
  while IFS= read -r line; do
    [ -n "$line" ] || continue
    region=$(json_field regionCode <<<"$line")
    year=$(grep -o '"year" *: *[0-9]*' <<<"$line" | grep -o '[0-9]*$')
    id=$(post "$REGISTRY/programmes" "$line" "demo-programme-$region-$year" | json_field id)
    file="demo/registry/programmes/$region-$year.csv"
    report=$(post "$REGISTRY/programmes/$id/import" "@$file" "demo-import-$region-$year" "text/csv; charset=UTF-8")
    echo "  registry: programme $region/$year ($id): $(grep -o '"created":[0-9]*' <<<"$report" | cut -d: -f2) projects imported"
  done <demo/registry/programmes.ndjson
}

case "${1:-}" in
  load)
    echo "Demo data:"
    load_registry
    ;;
  *) echo "usage: $0 load"; exit 2 ;;
esac
