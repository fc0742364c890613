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
echo "Plans of the figures queries (FigureRepository: one index probe per project, and per project and indicator):"
"${PSQL[@]}" -d progress_bench -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT p.project_id, r.id, r.as_of, r.percent_complete FROM figure_project p CROSS JOIN LATERAL (SELECT r.id, r.as_of, r.percent_complete FROM report r WHERE r.project_id = p.project_id AND r.state = 'APPROVED' AND r.as_of <= '2024-10-31' ORDER BY r.as_of DESC, r.decided_at DESC LIMIT 1) r WHERE p.programme_id = '$PROGRAMME'" | tail -n 12
"${PSQL[@]}" -d progress_bench -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT s.project_id, s.indicator_key, r.value, r.as_of, r.running_total FROM figure_project p JOIN figure_series s ON s.project_id = p.project_id CROSS JOIN LATERAL (SELECT r.value, r.as_of, r.running_total FROM approved_figure r WHERE r.project_id = s.project_id AND r.indicator_key = s.indicator_key AND r.as_of <= '2024-10-31' ORDER BY r.as_of DESC, r.decided_at DESC, r.report_id DESC LIMIT 1) r WHERE p.programme_id = '$PROGRAMME'" | tail -n 14
