#!/usr/bin/env bash
# Gateway benchmark: GET /projects/{id} straight to the registry, through nginx as a plain reverse
# proxy, and through the gateway (/api/v1/projects/{id}), same wrk settings; then the programme
# dashboard at 10,000 projects through the gateway.
# Usage: benchmarks/gateway/run.sh   (needs wrk, nginx, psql and a PostgreSQL as in the README)
source "$(dirname "$0")/../lib.sh"
bench_require wrk psql curl nginx
bench_database registry_bench
bench_database progress_bench
bench_database gateway_bench
bench_start_service project-registry-service 18081 registry_bench
bench_start_service progress-tracking-service 18082 progress_bench -Dquarkus.rest-client.registry.url=http://127.0.0.1:18081
bench_start_service gateway 18080 gateway_bench -Dgateway.staff-rate-per-minute=10000000 -Dgateway.services.registry=http://127.0.0.1:18081 \
  -Dgateway.services.progress=http://127.0.0.1:18082 -Dgateway.services.benefits=http://127.0.0.1:18083
"${PSQL[@]}" -d registry_bench -f "$(dirname "$0")/../registry/generate.sql"
"${PSQL[@]}" -d progress_bench -c "CREATE TEMP TABLE p (id uuid, programme_id uuid)" \
  -c "\\copy p FROM PROGRAM '${PSQL[*]} -d registry_bench -c \"COPY (SELECT id, programme_id FROM project) TO STDOUT\"'" \
  -f "$(dirname "$0")/../progress/generate.sql"

bench_nginx 18090 18081

# A client whose rate limit is far above what wrk can send, so that the limit is checked but never hit.
ADMIN=$(demo_staff_token bench-admin admin)
KEY=$(curl -fsS -X POST http://127.0.0.1:18080/api/v1/admin/clients -H "Authorization: Bearer $ADMIN" \
  -H 'Content-Type: application/json' -d '{"name":"bench","scopes":["public:read"],"ratePerMinute":100000}' \
  | grep -o '"key":"[^"]*"' | cut -d'"' -f4)
ID=$("${PSQL[@]}" -d registry_bench -c "SELECT id FROM project ORDER BY code OFFSET 4321 LIMIT 1")
PROGRAMME=$("${PSQL[@]}" -d registry_bench -c "SELECT id FROM programme LIMIT 1")
for url in "http://127.0.0.1:18081/projects/$ID" "http://127.0.0.1:18090/projects/$ID"; do
  curl -fsS -o /dev/null -H "$BENCH_IDENTITY" "$url"
done
curl -fsS -o /dev/null -H "X-API-Key: $KEY" "http://127.0.0.1:18080/api/v1/projects/$ID"
curl -fsS -o /dev/null -H "Authorization: Bearer $ADMIN" "http://127.0.0.1:18080/api/v1/projects/$ID"
echo "| request | requests/s | p50 | p99 | non-2xx |"
echo "|---|---|---|---|---|"
# Three rounds, the four targets in turn: every service keeps warming up for minutes on this machine, so a
# single pass favours whatever is measured last. Compare within a round.
for round in 1 2 3; do
  [ "$round" = 1 ] && warmup=15s || warmup=2s
  BENCH_WARMUP=$warmup bench_wrk "round $round, registry directly: GET /projects/{id}" "http://127.0.0.1:18081/projects/$ID" -H "$BENCH_IDENTITY"
  BENCH_WARMUP=$warmup bench_wrk "round $round, nginx → registry: GET /projects/{id}" "http://127.0.0.1:18090/projects/$ID" -H "$BENCH_IDENTITY"
  BENCH_WARMUP=$warmup bench_wrk "round $round, gateway → registry: GET /api/v1/projects/{id} (API key)" \
    "http://127.0.0.1:18080/api/v1/projects/$ID" -H "X-API-Key: $KEY"
  BENCH_WARMUP=$warmup bench_wrk "round $round, gateway → registry: GET /api/v1/projects/{id} (staff JWT)" \
    "http://127.0.0.1:18080/api/v1/projects/$ID" -H "Authorization: Bearer $ADMIN"
done
curl -fsS -o /dev/null -H "X-API-Key: $KEY" -w "one dashboard: %{time_total} s\n" "http://127.0.0.1:18080/api/v1/programmes/$PROGRAMME/dashboard?asOf=2024-10-31"
BENCH_CONNECTIONS=4 bench_wrk "gateway: GET /api/v1/programmes/{id}/dashboard (10,000 projects)" \
  "http://127.0.0.1:18080/api/v1/programmes/$PROGRAMME/dashboard?asOf=2024-10-31" --timeout 10s -H "X-API-Key: $KEY"
curl -fsS -H "X-API-Key: $KEY" "http://127.0.0.1:18080/api/v1/programmes/$PROGRAMME/dashboard?asOf=2024-10-31" | grep -o '"degraded":\[[^]]*\]'
