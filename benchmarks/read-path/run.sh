#!/usr/bin/env bash
# The public read path side by side, in one run, two rounds: (a) PostgreSQL answering GET /projects/{id} itself
# (pgbench, the same JSON), (b) the Quarkus HTTP ceiling (/q/health/live of the registry), (c) the registry's
# GET /projects/{id}, (d) nginx → registry, (e) gateway GET /api/v1/projects/{id} with an API key, (f) gateway
# search q=食堂 (20 a page); then ratios and the JVMs' resident memory.
# Usage: benchmarks/read-path/run.sh   (needs wrk, pgbench, nginx, psql; built registry and gateway fast-jars)
# On a shared machine run it as: flock /tmp/civic-maven.lock benchmarks/read-path/run.sh
source "$(dirname "$0")/../lib.sh"
bench_require wrk pgbench psql curl nginx
export BENCH_WARMUP=${BENCH_WARMUP:-8s} BENCH_DURATION=${BENCH_DURATION:-10s} BENCH_CONNECTIONS=16
REGISTRY=18281 NGINX=18290 GATEWAY=18280
bench_database readpath_registry
bench_database readpath_gateway
bench_start_service project-registry-service $REGISTRY readpath_registry
"${PSQL[@]}" -d readpath_registry -f "$(dirname "$0")/../registry/generate.sql"
bench_start_service gateway $GATEWAY readpath_gateway -Dgateway.services.registry=http://127.0.0.1:$REGISTRY \
  -Dgateway.services.progress=http://127.0.0.1:18282 -Dgateway.services.benefits=http://127.0.0.1:18283
bench_nginx $NGINX $REGISTRY

# An API client; the admin API allows at most 100,000 requests a minute, less than wrk sends in a round, so the
# scratch database's limit is raised to 1,000,000 before the key is first used (the limit is still checked).
ADMIN=$(demo_staff_token bench-admin admin)
KEY=$(curl -fsS -X POST "http://127.0.0.1:$GATEWAY/api/v1/admin/clients" -H "Authorization: Bearer $ADMIN" \
  -H 'Content-Type: application/json' -d '{"name":"read-path bench","scopes":["public:read"],"ratePerMinute":100000}' \
  | grep -o '"key":"[^"]*"' | cut -d'"' -f4)
"${PSQL[@]}" -d readpath_gateway -c "ALTER TABLE api_client DROP CONSTRAINT IF EXISTS api_client_rate_per_minute_check" \
  -c "UPDATE api_client SET rate_per_minute = 1000000"

ID=$("${PSQL[@]}" -d readpath_registry -c "SELECT id FROM project ORDER BY code OFFSET 4321 LIMIT 1")
Q='%E9%A3%9F%E5%A0%82' # 食堂
R="http://127.0.0.1:$REGISTRY" N="http://127.0.0.1:$NGINX" G="http://127.0.0.1:$GATEWAY"
curl -fsS -o /dev/null -H "$BENCH_IDENTITY" "$R/projects/$ID"
curl -fsS -o /dev/null -H "$BENCH_IDENTITY" "$N/projects/$ID"
curl -fsS -o /dev/null -H "X-API-Key: $KEY" "$G/api/v1/projects/$ID"
echo "projects: $("${PSQL[@]}" -d readpath_registry -c 'SELECT count(*) FROM project'), hits for 食堂: $(curl -fsS \
  -H "X-API-Key: $KEY" -o /dev/null -D - "$G/api/v1/projects?q=$Q&size=20" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-total-count" {print $2}')"
echo "one project: $(curl -fsS -H "$BENCH_IDENTITY" "$R/projects/$ID" | wc -c) bytes, a search page: $(curl -fsS \
  -H "$BENCH_IDENTITY" "$R/projects?q=$Q&size=20" | wc -c) bytes"

SQL=$(dirname "$0")/project.sql
pg_round() { # pgbench with the same shape as wrk: 16 clients, 2 threads, prepared statements
  local out
  pgbench -n -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}" -c16 -j2 -M prepared -T3 \
    -D id="$ID" -f "$SQL" readpath_registry >/dev/null
  out=$(pgbench -n -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}" -c16 -j2 -M prepared -T10 \
    -D id="$ID" -f "$SQL" readpath_registry)
  PG_TPS=$(awk '/^tps/ {print $3; exit}' <<<"$out")
  local avg
  avg=$(awk -F'= ' '/latency average/ {print $2}' <<<"$out")
  echo "| $1, (a) pgbench: the same read as JSON in SQL (tps; avg latency) | ${PG_TPS} | ${avg} | – | 0 |"
}

echo
echo "| request | requests/s | p50 | p99 | non-2xx |"
echo "|---|---|---|---|---|"
declare -A RPS P99 PG
for round in 1 2; do
  pg_round "round $round"
  PG[$round]=$PG_TPS
  bench_wrk "round $round, (b) registry GET /q/health/live (HTTP ceiling)" "$R/q/health/live"
  RPS[b$round]=$BENCH_RPS P99[b$round]=$BENCH_P99_MS
  bench_wrk "round $round, (c) registry GET /projects/{id}" "$R/projects/$ID" -H "$BENCH_IDENTITY"
  RPS[c$round]=$BENCH_RPS P99[c$round]=$BENCH_P99_MS
  bench_wrk "round $round, (d) nginx → registry GET /projects/{id}" "$N/projects/$ID" -H "$BENCH_IDENTITY"
  RPS[d$round]=$BENCH_RPS P99[d$round]=$BENCH_P99_MS
  bench_wrk "round $round, (e) gateway GET /api/v1/projects/{id} (API key)" "$G/api/v1/projects/$ID" -H "X-API-Key: $KEY"
  RPS[e$round]=$BENCH_RPS P99[e$round]=$BENCH_P99_MS
  bench_wrk "round $round, (f) gateway GET /api/v1/projects?q=食堂 (20 a page, API key)" "$G/api/v1/projects?q=$Q&size=20" \
    -H "X-API-Key: $KEY"
  RPS[f$round]=$BENCH_RPS P99[f$round]=$BENCH_P99_MS
done
echo
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "–" }'; }
for round in 1 2; do
  echo "round $round: registry/pgbench $(ratio "${RPS[c$round]}" "${PG[$round]}"), registry/HTTP ceiling" \
    "$(ratio "${RPS[c$round]}" "${RPS[b$round]}"), gateway/nginx rps $(ratio "${RPS[e$round]}" "${RPS[d$round]}")," \
    "gateway/nginx p99 $(ratio "${P99[e$round]}" "${P99[d$round]}") (${P99[e$round]} ms / ${P99[d$round]} ms)," \
    "registry p99 ${P99[c$round]} ms"
done
echo "RSS after load: registry $(bench_rss project-registry-service) MiB, gateway $(bench_rss gateway) MiB"
