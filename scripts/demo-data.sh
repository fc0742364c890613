#!/usr/bin/env bash
# Loads the demo data (demo/) into a running suite when its databases are empty:
#   ./scripts/demo-data.sh load
# Everything goes through the gateway's public API (/api/v1; the registry's projects through its CSV import)
# as demo staff (scripts/demo-tokens.sh), with Idempotency-Key headers, so an interrupted load can simply be
# run again.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/demo-tokens.sh
API="${GATEWAY_URL:-http://127.0.0.1:8080}/api/v1"
REGISTRY="$API"
PROGRESS="$API"
LOADER="Authorization: Bearer $(demo_staff_token demo-loader admin)"
REVIEWER="Authorization: Bearer $(demo_staff_token demo-reviewer reviewer)"

# post URL FILE-OR-BODY KEY [CONTENT-TYPE]: POSTs and prints the response body; fails loudly on a 4xx/5xx.
post() {
  local url=$1 body=$2 key=$3 type=${4:-application/json} out status
  out=$(mktemp)
  status=$(curl -sS -o "$out" -w '%{http_code}' -X POST "$url" -H "Content-Type: $type" \
    -H "Idempotency-Key: $key" -H "$LOADER" --data-binary "$body")
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
  if ! curl -fsS -H "$LOADER" "$REGISTRY/programmes?size=1" | grep -q '"total":0'; then
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

# programme_id REGION YEAR: the id of the registry programme of exactly that region and year
programme_id() {
  curl -fsS -H "$LOADER" "$REGISTRY/programmes?region=$1&year=$2&size=200" | grep -o '"id":"[^"]*","regionCode":"[^"]*"' \
    | grep "\"regionCode\":\"$1\"" | head -n 1 | sed 's/"id":"\([^"]*\)".*/\1/'
}

# Milestones and approved reports from demo/progress/<region>-<year>.ndjson: one operation per line,
# {"project": CODE, "kind": "milestone" | "report", "body": {...}}; every report is submitted and approved.
load_progress() {
  local file name region year programme codes line code kind body id n
  for file in demo/progress/*.ndjson; do
    name=$(basename "$file" .ndjson)
    region=${name%-*}
    year=${name#*-}
    programme=$(programme_id "$region" "$year")
    [ -n "$programme" ] || { echo "  progress: no registry programme $region/$year, skipped"; continue; }
    codes=$(curl -fsS -H "$LOADER" "$REGISTRY/programmes/$programme/projects" | grep -o '"id":"[^"]*","programmeId":"[^"]*","code":"[^"]*"')
    n=0
    while IFS= read -r line; do
      [ -n "$line" ] || continue
      n=$((n + 1))
      code=$(json_field project <<<"$line")
      kind=$(json_field kind <<<"$line")
      body=$(sed 's/.*"body": *//; s/}[[:space:]]*$//' <<<"$line")
      id=$(grep "\"code\":\"$code\"" <<<"$codes" | head -n 1 | sed 's/"id":"\([^"]*\)".*/\1/')
      [ -n "$id" ] || { echo "  progress: $name line $n names unknown project $code" >&2; return 1; }
      if [ $n = 1 ] && [ "$(curl -fsS -H "$LOADER" "$PROGRESS/projects/$id/milestones")" != "[]" ]; then
        echo "  progress: $region/$year already has milestones, nothing loaded"
        continue 2
      fi
      if [ "$kind" = milestone ]; then
        post "$PROGRESS/projects/$id/milestones" "$body" "demo-$name-$n" >/dev/null
      else
        local report
        report=$(post "$PROGRESS/projects/$id/reports" "$body" "demo-$name-$n" | json_field id)
        curl -fsS -o /dev/null -X POST "$PROGRESS/reports/$report/submit" -H "$LOADER"
        curl -fsS -o /dev/null -X POST "$PROGRESS/reports/$report/approve" -H "$REVIEWER"
      fi
    done <"$file"
    echo "  progress: $region/$year: $n milestones and approved reports"
  done
}

# demo/progress/supervision/<region>-<year>-snapshot.json: a 公示 snapshot to publish; -evaluation.json: an
# illustrative 满意度测评 whose PROGRAMME and project codes are replaced by the registry's ids.
load_supervision() {
  local file name programme body code id
  for file in demo/progress/supervision/*-snapshot.json; do
    name=$(basename "$file" -snapshot.json)
    programme=$(programme_id "${name%-*}" "${name#*-}")
    [ -n "$programme" ] || continue
    if curl -fsS -H "$LOADER" "$PROGRESS/programmes/$programme/snapshots" | grep -q '"id"'; then
      echo "  progress: $name already has snapshots, nothing loaded"
      continue
    fi
    post "$PROGRESS/programmes/$programme/snapshots" "@$file" "demo-snapshot-$name" >/dev/null
    body=$(sed "s/\"PROGRAMME\"/\"$programme\"/" "demo/progress/supervision/$name-evaluation.json")
    while IFS= read -r code; do
      id=$(curl -fsS -H "$LOADER" "$REGISTRY/programmes/$programme/projects" | grep -o "\"id\":\"[^\"]*\",\"programmeId\":\"[^\"]*\",\"code\":\"$code\"" \
        | head -n 1 | sed 's/"id":"\([^"]*\)".*/\1/')
      body=$(sed "s/\"projectId\":\"$code\"/\"projectId\":\"$id\"/" <<<"$body")
    done < <(grep -o '"projectId":"[A-Z][^"]*"' <<<"$body" | sed 's/"projectId":"\(.*\)"/\1/')
    post "$PROGRESS/evaluations" "$body" "demo-evaluation-$name" >/dev/null
    echo "  progress: $name: a snapshot as of its date and an illustrative evaluation"
  done
}

case "${1:-}" in
  load)
    echo "Demo data:"
    load_registry
    load_progress
    load_supervision
    BENEFITS_URL="$API" BENEFITS_AUTHORIZATION="$LOADER" demo/benefits/load.sh
    ;;
  *) echo "usage: $0 load"; exit 2 ;;
esac
