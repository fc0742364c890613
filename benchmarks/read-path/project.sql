-- pgbench: the read GET /projects/{id} answers, done by PostgreSQL alone: the row, its indicators, districts and
-- co-departments as one JSON document, with the visibility rule of an API client (no draft programmes).
-- pgbench -M prepared -D id=<uuid> -f project.sql
SELECT json_build_object(
    'id', p.id, 'programmeId', p.programme_id, 'code', p.code, 'title', p.title, 'titleEn', p.title_en,
    'description', p.description, 'domainCode', p.domain_code, 'leadDepartmentId', p.lead_department_id,
    'coDepartmentIds', (SELECT coalesce(json_agg(c.department_id), '[]') FROM project_co_department c WHERE c.project_id = p.id),
    'districtCodes', (SELECT coalesce(json_agg(d.region_code), '[]') FROM project_district d WHERE d.project_id = p.id),
    'plannedInvestment', p.planned_investment::text, 'plannedStart', p.planned_start, 'plannedEnd', p.planned_end,
    'location', CASE WHEN p.latitude IS NULL AND p.longitude IS NULL AND p.address IS NULL THEN NULL
                     ELSE json_build_object('lat', p.latitude, 'lng', p.longitude, 'address', p.address) END,
    'state', p.state, 'cancelReason', p.cancel_reason,
    'indicators', (SELECT coalesce(json_agg(json_build_object('key', i.key, 'name', i.name, 'unit', i.unit,
                       'baseline', i.baseline, 'target', i.target, 'direction', i.direction, 'cumulative', i.cumulative)
                       ORDER BY i.position), '[]') FROM indicator i WHERE i.project_id = p.id),
    'createdAt', p.created_at, 'updatedAt', p.updated_at, 'version', p.version)
FROM project p JOIN programme g ON g.id = p.programme_id
WHERE p.id = :id::uuid AND g.state <> 'DRAFT';
