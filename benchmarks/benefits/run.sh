#!/usr/bin/env bash
# Benchmarks benefits-service on a scratch database and port (never the suite's `benefits` / 8083):
#   1. batch eligibility (POST /eligibility/batch) paged to the end over N generated citizens,
#   2. a single anonymous POST /eligibility under load (wrk).
# Usage: benchmarks/benefits/run.sh   (build first: ./mvnw -B -o package -DskipTests -pl benefits-service)
# Settings: N (100000), PORT (18083), DB (benefits_bench), DURATION of each wrk run (20s), CONNECTIONS (16),
# PGHOST/PGPORT/PGUSER (127.0.0.1/5432/postgres), KEEP=1 keeps the database afterwards.
# Needs bash, curl, psql and wrk. Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")"
HERE=$(pwd)
ROOT=$(cd ../.. && pwd)
N="${N:-100000}"
PORT="${PORT:-18083}"
DB="${DB:-benefits_bench}"
DURATION="${DURATION:-20s}"
CONNECTIONS="${CONNECTIONS:-16}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
BASE="http://127.0.0.1:$PORT"
# Straight to the service's port: a gateway identity signed with the demo key (the demo profile trusts it).
source "$ROOT/scripts/demo-tokens.sh"
IDENTITY="Authorization: Bearer $(demo_identity_token staff:benchmark benefits-officer)"
JAR="$ROOT/benefits-service/target/quarkus-app/quarkus-run.jar"
LOG=$(mktemp /tmp/benefits-bench.XXXXXX.log)
PAGE=$(mktemp)

[ "$DB" != benefits ] && [ "$PORT" != 8083 ] || { echo "refusing: database benefits and port 8083 belong to ./suite" >&2; exit 2; }
[ -f "$JAR" ] || { echo "build first: ./mvnw -B -o package -DskipTests -pl benefits-service" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

SERVICE_PID=""
cleanup() {
  if [ -n "$SERVICE_PID" ]; then
    kill "$SERVICE_PID" 2>/dev/null || true
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
  [ "${KEEP:-0}" = 1 ] || psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true
  rm -f "$PAGE"
}
trap cleanup EXIT

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(psql -tAc 'SHOW server_version' -d postgres | head -n 1) on $PGHOST"
echo "   load before the run (other work on the machine skews the figures):$(uptime | sed 's/.*load average://')"
psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

# -D options go before -jar: after it they would be program arguments, and ignored.
java -Xmx512m -Dquarkus.profile=demo -Dquarkus.http.port="$PORT" \
  -Dquarkus.datasource.jdbc.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
  -Dquarkus.datasource.username="$PGUSER" -Dquarkus.datasource.password="${PGPASSWORD:-}" \
  -jar "$JAR" >"$LOG" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 60); do
  curl -fsS -o /dev/null "$BASE/q/health/ready" 2>/dev/null && break
  kill -0 "$SERVICE_PID" 2>/dev/null || { echo "service died; see $LOG" >&2; exit 1; }
  sleep 1
done
echo "== service up on $BASE (log $LOG)"

BENEFITS_URL="$BASE" BENEFITS_AUTHORIZATION="$IDENTITY" "$ROOT/demo/benefits/load.sh" >/dev/null
echo "== generating $N citizens"
start=$(date +%s%N)
psql -q -d "$DB" -v n="$N" -f "$HERE/generate-citizens.sql"
echo "   generated in $(( ($(date +%s%N) - start) / 1000000 )) ms"

# walk BODY: pages POST /eligibility/batch to the end; prints pages, citizens, total ms and slowest page ms.
walk() {
  local cursor="" pages=0 citizens=0 slowest=0 started page_start ms status body
  started=$(date +%s%N)
  while :; do
    body="$1"
    [ -n "$cursor" ] && body="${body%\}},\"cursor\":\"$cursor\"}"
    page_start=$(date +%s%N)
    status=$(curl -sS --max-time 60 -o "$PAGE" -w '%{http_code}' -X POST "$BASE/eligibility/batch" \
      -H 'Content-Type: application/json' -H 'X-Purpose: benchmark outreach' -H "$IDENTITY" \
      --data-binary "$body")
    ms=$(( ($(date +%s%N) - page_start) / 1000000 ))
    [ "$status" = 200 ] || { echo "batch answered $status: $(cat "$PAGE")" >&2; exit 1; }
    pages=$((pages + 1))
    [ "$ms" -gt "$slowest" ] && slowest=$ms
    citizens=$((citizens + $({ grep -o '"citizenIds":\[[^]]*\]' "$PAGE" | grep -o '"[0-9a-f-]\{36\}"' || true; } | wc -l)))
    cursor=$(sed -n 's/.*"nextCursor":"\([^"]*\)".*/\1/p' "$PAGE")
    [ -n "$cursor" ] || break
  done
  echo "pages=$pages citizens=$citizens total_ms=$(( ($(date +%s%N) - started) / 1000000 )) slowest_page_ms=$slowest"
}

for request in \
  '{"programmeCode":"QZ-BLOOD-DONOR-2025","size":200}' \
  '{"programmeCode":"QZ-BLOOD-DONOR-2025","benefitCode":"QZ_BLOOD_HEALTH_CHECK","size":200}' \
  '{"programmeCode":"QZ-HOME-ELDERLY-CARE-SUBSIDY","size":200}' \
  '{"programmeCode":"QZ-HOME-ELDERLY-CARE-SUBSIDY","size":1000}'; do
  walk "$request" >/dev/null # warm-up
  echo "== batch $request"
  for run in 1 2 3; do
    echo "   run $run: $(walk "$request")"
  done
done

echo "== single POST /eligibility (anonymous facts, every programme in force), wrk -t2 -c$CONNECTIONS -d$DURATION"
wrk -t2 -c"$CONNECTIONS" -d10s -s "$HERE/screening.lua" -H "$IDENTITY" "$BASE/eligibility" >/dev/null # warm-up
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$HERE/screening.lua" -H "$IDENTITY" "$BASE/eligibility"
echo "== one request at a time, wrk -t1 -c1 -d$DURATION"
wrk -t1 -c1 -d"$DURATION" --latency -s "$HERE/screening.lua" -H "$IDENTITY" "$BASE/eligibility"
echo "== load after the run:$(uptime | sed 's/.*load average://')"
