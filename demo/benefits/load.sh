#!/usr/bin/env bash
# Loads the benefits demo data into a running benefits-service: programmes with their rules, then citizens.
#   BENEFITS_URL=http://127.0.0.1:8080/api/v1 BENEFITS_AUTHORIZATION="Authorization: Bearer $ADMIN_TOKEN" demo/benefits/load.sh
# (through the gateway as an admin or benefits officer; scripts/demo-data.sh does this for ./suite up).
# Safe to run again: a programme that exists is not created again, and every POST carries an
# Idempotency-Key, so a repeated call replays the first answer instead of creating twice.
# Needs bash and curl only.
set -euo pipefail
cd "$(dirname "$0")"
BASE="${BENEFITS_URL:-http://127.0.0.1:8080/api/v1}"
AUTH="${BENEFITS_AUTHORIZATION:?set BENEFITS_AUTHORIZATION to an Authorization header (an admin or benefits officer)}"
PURPOSE="demo data summary"
BODY=$(mktemp)
trap 'rm -f "$BODY"' EXIT

say() { printf '%s\n' "$*"; }
fail() { say "benefits demo data: $*" >&2; exit 1; }

# post PATH KEY DATA: POSTs JSON (DATA is "@file" or the JSON itself); prints the status, body in $BODY.
post() {
  curl -sS --max-time 30 -o "$BODY" -w '%{http_code}' -X POST "$BASE$1" \
    -H 'Content-Type: application/json; charset=UTF-8' -H "Idempotency-Key: $2" -H "$AUTH" \
    --data-binary "$3"
}

# json_string NAME: the first string member NAME of the body in $BODY (enough for these flat answers).
json_string() {
  sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p" "$BODY" | head -n 1
}

curl -fsS --max-time 10 -o /dev/null -H "$AUTH" "$BASE/benefit-programmes?size=1" || fail "no benefits API answers at $BASE"

programmes=()
for file in programmes/*.json; do
  code=$(basename "$file" .json)
  programmes+=("$code")
  status=$(curl -sS --max-time 30 -o /dev/null -w '%{http_code}' -H "$AUTH" "$BASE/benefit-programmes/$code")
  if [ "$status" = 200 ]; then
    say "  programme $code exists, skipped"
  elif [ "$status" = 404 ]; then
    status=$(post /benefit-programmes "demo-programme-$code" "@$file")
    [ "$status" = 201 ] || fail "creating programme $code answered $status: $(cat "$BODY")"
    say "  programme $code created"
  else
    fail "reading programme $code answered $status"
  fi
  n=0
  while IFS= read -r rule || [ -n "$rule" ]; do
    [ -n "$rule" ] || continue
    n=$((n + 1))
    status=$(post "/benefit-programmes/$code/rules" "demo-rule-$code-$n" "$rule")
    # 201: created (or replayed); 409: a version starting that day exists already.
    case "$status" in
      201 | 409) ;;
      *) fail "rule $n of $code answered $status: $(cat "$BODY")" ;;
    esac
  done <"programmes/$code.rules.ndjson"
done

ids=()
n=0
while IFS= read -r citizen || [ -n "$citizen" ]; do
  [ -n "$citizen" ] || continue
  n=$((n + 1))
  status=$(post /citizens "demo-citizen-$n" "$citizen")
  case "$status" in
    201) ids+=("$(json_string id)") ;;
    409) ids+=("$(json_string citizenId)") ;; # registered before under another key
    *) fail "citizen $n answered $status: $(cat "$BODY")" ;;
  esac
done <citizens.ndjson
say "  ${#programmes[@]} programmes, $n citizens"

say "  Eligibility today (programme: outcome):"
for id in "${ids[@]}"; do
  status=$(curl -sS --max-time 30 -o "$BODY" -w '%{http_code}' "$BASE/citizens/$id/eligibility" \
    -H "$AUTH" -H "X-Purpose: $PURPOSE")
  [ "$status" = 200 ] || fail "eligibility of $id answered $status"
  outcomes=""
  for code in "${programmes[@]}"; do
    outcome=$(grep -o "\"programmeCode\":\"$code\",[^]]*\"ruleEffectiveFrom\":\"[0-9-]*\",\"outcome\":\"[A-Z]*\"" "$BODY" \
      | sed 's/.*"outcome":"\([A-Z]*\)"/\1/' | head -n 1)
    outcomes="$outcomes $code:${outcome:-NOT_IN_FORCE}"
  done
  status=$(curl -sS --max-time 30 -o "$BODY" -w '%{http_code}' "$BASE/citizens/$id" \
    -H "$AUTH" -H "X-Purpose: $PURPOSE")
  say "    $id $(json_string name)$outcomes"
done
