#!/usr/bin/env bash
# Progress benchmark: the programme summary over 10,000 projects and 200,000 approved reports (20 per
# project), with the real registry answering for the plans and targets; plus one project's status.
# Usage: benchmarks/progress/run.sh   (needs wrk, psql and a PostgreSQL as in the README)
source "$(dirname "$0")/../lib.sh"
bench_require wrk psql curl
bench_database registry_bench
bench_database progress_bench
bench_start_service project-registry-service 18081 registry_bench
bench_start_service progress-tracking-service 18082 progress_bench -Dquarkus.rest-client.registry.url=http://127.0.0.1:18081
"${PSQL[@]}" -d registry_bench -f "$(dirname "$0")/../registry/generate.sql"
"${PSQL[@]}" -d progress_bench -c "CREATE TEMP TABLE p (id uuid, programme_id uuid)" \
  -c "\\copy p FROM PROGRAM '${PSQL[*]} -d registry_bench -c \"COPY (SELECT id, programme_id FROM project) TO STDOUT\"'" \
  -f "$(dirname "$0")/generate.sql"
PROGRAMME=$("${PSQL[@]}" -d registry_bench -c "SELECT id FROM programme LIMIT 1")
PROJECT=$("${PSQL[@]}" -d registry_bench -c "SELECT id FROM project ORDER BY code LIMIT 1")
BASE="http://127.0.0.1:18082"
echo "reports: $("${PSQL[@]}" -d progress_bench -c 'SELECT count(*) FROM report'), milestones: $("${PSQL[@]}" -d progress_bench -c 'SELECT count(*) FROM milestone')"
curl -fsS -H "$BENCH_IDENTITY" -o /tmp/bench-summary.json -w "one summary: %{time_total} s, %{size_download} bytes\n" "$BASE/programmes/$PROGRAMME/summary?asOf=2024-10-31"
head -c 400 /tmp/bench-summary.json; echo
echo
echo "| request | requests/s | p50 | p99 | non-2xx |"
echo "|---|---|---|---|---|"
BENCH_CONNECTIONS=4 BENCH_DURATION=${BENCH_DURATION:-30s} bench_wrk "GET /programmes/{id}/summary?asOf (10,000 projects)" \
  "$BASE/programmes/$PROGRAMME/summary?asOf=2024-10-31" -H "$BENCH_IDENTITY"
bench_wrk "GET /projects/{id}/status?asOf" "$BASE/projects/$PROJECT/status?asOf=2024-10-31" -H "$BENCH_IDENTITY"
echo
echo "Plan of the figures query:"
"${PSQL[@]}" -d progress_bench -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT r.project_id, a.indicator_key, (array_agg(a.value ORDER BY r.as_of DESC, r.decided_at DESC))[1], max(r.as_of), sum(a.value) FROM report r JOIN report_actual a ON a.report_id = r.id WHERE r.programme_id = '$PROGRAMME' AND r.state = 'APPROVED' AND r.as_of <= '2024-10-31' GROUP BY r.project_id, a.indicator_key" | tail -n 12
