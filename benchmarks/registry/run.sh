#!/usr/bin/env bash
# Registry benchmark: 10,000 generated projects, then wrk on a read by id, a filtered list and a
# Chinese text search; EXPLAIN ANALYZE shows that the search is an index lookup.
# Usage: benchmarks/registry/run.sh   (needs wrk, psql and a PostgreSQL as in the README)
source "$(dirname "$0")/../lib.sh"
bench_require wrk psql curl
PORT=18081
DB=registry_bench
bench_database $DB
bench_start_service project-registry-service $PORT $DB
"${PSQL[@]}" -d $DB -f "$(dirname "$0")/generate.sql"
ID=$("${PSQL[@]}" -d $DB -c "SELECT id FROM project ORDER BY code OFFSET 4321 LIMIT 1")
PROGRAMME=$("${PSQL[@]}" -d $DB -c "SELECT id FROM programme LIMIT 1")
BASE="http://127.0.0.1:$PORT"
curl -fsS -o /dev/null -H "$BENCH_IDENTITY" "$BASE/projects/$ID"

echo "projects: $("${PSQL[@]}" -d $DB -c 'SELECT count(*) FROM project'), search hits for 食堂: $(curl -fsS -H "$BENCH_IDENTITY" "$BASE/projects?q=%E9%A3%9F%E5%A0%82&size=1" | grep -o '"total":[0-9]*')"
echo
echo "| request | requests/s | p50 | p99 | non-2xx |"
echo "|---|---|---|---|---|"
bench_wrk "GET /projects/{id}" "$BASE/projects/$ID" -H "$BENCH_IDENTITY"
bench_wrk "GET /projects?programmeId&domain=ELDERLY&department (20 per page)" \
  "$BASE/projects?programmeId=$PROGRAMME&domain=ELDERLY&district=350583&size=20" -H "$BENCH_IDENTITY"
bench_wrk "GET /projects?q=食堂 (20 per page)" "$BASE/projects?q=%E9%A3%9F%E5%A0%82&size=20" -H "$BENCH_IDENTITY"
bench_wrk "GET /projects?q=老旧小区改造 (20 per page)" "$BASE/projects?q=%E8%80%81%E6%97%A7%E5%B0%8F%E5%8C%BA%E6%94%B9%E9%80%A0&size=20" -H "$BENCH_IDENTITY"
echo
echo "Plan of the text search:"
"${PSQL[@]}" -d $DB -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT p.id FROM project p WHERE p.search @> search_query_grams('食堂') AND lower(p.title || ' ' || coalesce(p.title_en, '') || ' ' || coalesce(p.description, '')) LIKE '%食堂%'"
