#!/usr/bin/env bash
# Progress benchmark at two sizes: BENCH_PROGRAMMES programmes of 10,000 projects each, 20 approved reports a
# project (1, the default: 10,000 projects and 200,000 reports; 10: 100,000 projects and 2,000,000 reports).
# Measures, for one programme: the summary straight from progress and the gateway dashboard (first call after start,
# then p50 under wrk), how long progress's plan read model takes to sync from the registry's lists at start, and
# how fast a 5,000-row registry import reaches the dashboard through the change feed.
# Usage: benchmarks/progress/run.sh; BENCH_PROGRAMMES=10 benchmarks/progress/run.sh   (needs wrk, psql and a
# PostgreSQL as in the README)
source "$(dirname "$0")/../lib.sh"
bench_require wrk psql curl awk
PROGRAMMES=${BENCH_PROGRAMMES:-1}
HERE=$(dirname "$0")
now_ms() { date +%s%3N; }
bench_database registry_bench
bench_database progress_bench
bench_database gateway_bench
bench_start_service project-registry-service 18081 registry_bench
"${PSQL[@]}" -d registry_bench -v programmes="$PROGRAMMES" -f "$HERE/../registry/generate.sql"
echo "registry: $("${PSQL[@]}" -d registry_bench -c 'SELECT count(*) FROM project') projects in $PROGRAMMES programme(s)"

# Progress starts on a registry that already holds the data: its read model's first sync reads the lists.
started=$(now_ms)
bench_start_service progress-tracking-service 18082 progress_bench -Dquarkus.rest-client.registry.url=http://127.0.0.1:18081 \
  -Dquarkus.log.category.\"org.civic.progress.service.PlanFeedConsumer\".level=DEBUG
until curl -fsS http://127.0.0.1:18082/q/health/ready | grep -Eq '"synced": *true'; do sleep 0.1; done
echo "plan read model synced from the registry's lists $(( $(now_ms) - started )) ms after progress was started"
"${PSQL[@]}" -d progress_bench -c "CREATE TEMP TABLE p (id uuid, programme_id uuid)" \
  -c "\\copy p FROM PROGRAM '${PSQL[*]} -d registry_bench -c \"COPY (SELECT id, programme_id FROM project) TO STDOUT\"'" \
  -f "$HERE/generate.sql"
echo "reports: $("${PSQL[@]}" -d progress_bench -c 'SELECT count(*) FROM report'), milestones: $("${PSQL[@]}" -d progress_bench -c 'SELECT count(*) FROM milestone')"
# The data was loaded behind progress's back (SQL, not its API): a restart starts it with empty caches, as a deploy would.
kill "${BENCH_PID_OF[progress-tracking-service]}"; wait "${BENCH_PID_OF[progress-tracking-service]}" 2>/dev/null || true
bench_start_service progress-tracking-service 18082 progress_bench -Dquarkus.rest-client.registry.url=http://127.0.0.1:18081 \
  -Dquarkus.log.category.\"org.civic.progress.service.PlanFeedConsumer\".level=DEBUG \
  -Dquarkus.log.category.\"org.civic.progress.service.SummaryWarmUp\".level=INFO
bench_start_service gateway 18080 gateway_bench -Dgateway.staff-rate-per-minute=10000000 -Dgateway.services.registry=http://127.0.0.1:18081 \
  -Dgateway.services.progress=http://127.0.0.1:18082 -Dgateway.services.benefits=http://127.0.0.1:18083

ADMIN=$(demo_staff_token bench-admin admin)
KEY=$(curl -fsS -X POST http://127.0.0.1:18080/api/v1/admin/clients -H "Authorization: Bearer $ADMIN" \
  -H 'Content-Type: application/json' -d '{"name":"bench","scopes":["public:read"],"ratePerMinute":100000}' \
  | grep -o '"key":"[^"]*"' | cut -d'"' -f4)
PROGRAMME=$("${PSQL[@]}" -d registry_bench -c "SELECT id FROM programme ORDER BY year LIMIT 1")
DASHBOARD="http://127.0.0.1:18080/api/v1/programmes/$PROGRAMME/dashboard"
SUMMARY="http://127.0.0.1:18082/programmes/$PROGRAMME/summary"
# Progress computes today's summaries once its read model is current (SummaryWarmUp); the first dashboard of today
# comes after that, the first of a past date is computed on demand.
until curl -fsS http://127.0.0.1:18082/q/health/ready | grep -Eq '"summariesWarmed": *true'; do sleep 0.1; done
curl -fsS -o /dev/null -H "X-API-Key: $KEY" -w "first dashboard after start (today, warmed): %{time_total} s, %{size_download} bytes\n" "$DASHBOARD"
curl -fsS -o /dev/null -H "X-API-Key: $KEY" -w "first dashboard of a past date: %{time_total} s, %{size_download} bytes\n" "$DASHBOARD?asOf=2024-10-31"
curl -fsS -o /dev/null -H "X-API-Key: $KEY" -w "second dashboard (same date): %{time_total} s\n" "$DASHBOARD?asOf=2024-10-31"
curl -fsS -o /dev/null -H "X-API-Key: $KEY" -w "first dashboard of another date: %{time_total} s\n" "$DASHBOARD?asOf=2024-09-30"
curl -fsS -o /dev/null -H "$BENCH_IDENTITY" -w "first summary of a third date (progress directly): %{time_total} s, %{size_download} bytes\n" "$SUMMARY?asOf=2024-08-31"
echo
echo "| request | requests/s | p50 | p99 | non-2xx |"
echo "|---|---|---|---|---|"
BENCH_CONNECTIONS=4 BENCH_DURATION=${BENCH_DURATION:-30s} bench_wrk "progress: GET /programmes/{id}/summary?asOf (10,000 projects)" \
  "$SUMMARY?asOf=2024-10-31" -H "$BENCH_IDENTITY"
TAG=$(curl -fsS -D - -o /dev/null -H "$BENCH_IDENTITY" "$SUMMARY?asOf=2024-10-31" | awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r')
BENCH_CONNECTIONS=4 BENCH_DURATION=${BENCH_DURATION:-30s} bench_wrk "progress: the same, revalidated (If-None-Match → 304)" \
  "$SUMMARY?asOf=2024-10-31" -H "$BENCH_IDENTITY" -H "If-None-Match: $TAG"
BENCH_CONNECTIONS=4 BENCH_DURATION=${BENCH_DURATION:-30s} bench_wrk "gateway: GET /api/v1/programmes/{id}/dashboard (10,000 projects)" \
  "$DASHBOARD?asOf=2024-10-31" --timeout 10s -H "X-API-Key: $KEY"
curl -fsS -H "X-API-Key: $KEY" "$DASHBOARD?asOf=2024-10-31" | grep -o '"degraded":\[[^]]*\]'
echo

# 5,000 new projects imported into the programme: from the registry's commit to the dashboard counting them.
before=$(curl -fsS -H "X-API-Key: $KEY" "$DASHBOARD" | grep -o '"projects":[0-9]*' | head -1 | cut -d: -f2)
curl -fsS -H "$BENCH_IDENTITY" "http://127.0.0.1:18081/programmes/$PROGRAMME/export?format=csv" \
  | awk 'NR == 1 { print; next } NR <= 5001 { sub(/^P/, "N"); print }' >/tmp/bench-import.csv
imported=$(curl -fsS -o /dev/null -w '%{time_total}' -X POST -H "$BENCH_IDENTITY" -H 'Content-Type: text/csv' \
  --data-binary @/tmp/bench-import.csv "http://127.0.0.1:18081/programmes/$PROGRAMME/import?reason=benchmark")
committed=$(now_ms)
until [ "$(curl -fsS -H "X-API-Key: $KEY" "$DASHBOARD" | grep -o '"projects":[0-9]*' | head -1 | cut -d: -f2)" = $((before + 5000)) ]; do
  sleep 0.05
done
echo "5,000-row import: ${imported} s in the registry; the dashboard counted the new projects $(( $(now_ms) - committed )) ms after the import answered"
grep -o 'applied [0-9]* registry changes in .*ms)' /tmp/bench-progress-tracking-service.log | tail -3
grep -o 'warmed .* ms' /tmp/bench-progress-tracking-service.log | tail -1
echo "database sizes: registry $("${PSQL[@]}" -d registry_bench -c "SELECT pg_size_pretty(pg_database_size('registry_bench'))"), progress $("${PSQL[@]}" -d progress_bench -c "SELECT pg_size_pretty(pg_database_size('progress_bench'))")"
echo "read model: $("${PSQL[@]}" -d progress_bench -c "SELECT count(*) || ' projects, ' || pg_size_pretty(pg_total_relation_size('plan_project')) FROM plan_project")"
