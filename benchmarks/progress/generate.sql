-- Expects a temporary table p(id, programme_id) with the registry's projects. 20 approved monthly
-- reports per project (200,000 for 10,000 projects) with one actual each, and two milestones; then the figures
-- ledger, as approval keeps it.
INSERT INTO milestone (id, project_id, programme_id, code, planned_date, actual_date, created_at, updated_at)
SELECT gen_random_uuid(), id, programme_id, 'APPROVED', date '2023-01-10', date '2023-01-10', now(), now() FROM p
UNION ALL
SELECT gen_random_uuid(), id, programme_id, 'STARTED', date '2023-03-01', date '2023-03-01', now(), now() FROM p;
INSERT INTO report (id, project_id, programme_id, as_of, percent_complete, reporter, state, submitted_at,
                    decided_at, decided_by, created_at, updated_at)
SELECT gen_random_uuid(), p.id, p.programme_id, (date '2023-04-30' + (m || ' month')::interval)::date,
       least(100, m * 5), 'bench', 'APPROVED', now(), now(), 'bench', now(), now()
FROM p CROSS JOIN generate_series(0, 19) m;
INSERT INTO report_actual (report_id, indicator_key, value)
SELECT id, 'units', (extract(month FROM as_of) * 5)::numeric FROM report;
SELECT rebuild_figure_ledger();
VACUUM ANALYZE;
