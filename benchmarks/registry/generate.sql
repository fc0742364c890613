-- 10,000 projects in each of :programmes programmes (psql -v programmes=N, default 1; one a year from 2024) of
-- 8 domains, 50 departments, 11 districts; titles built from real project words so that the text search has
-- realistic selectivity.
\if :{?programmes}
\else
\set programmes 1
\endif
INSERT INTO region (code, name_zh, name_en, level) VALUES ('350000', '福建省', 'Fujian', 'PROVINCE');
INSERT INTO region (code, name_zh, name_en, level, parent_code) VALUES ('350500', '泉州市', 'Quanzhou', 'CITY', '350000');
INSERT INTO region (code, name_zh, level, parent_code)
SELECT '3505' || lpad(n::text, 2, '0'), '区县' || n, 'COUNTY', '350500' FROM generate_series(71, 81) n;
INSERT INTO region (code, name_zh, level, parent_code) VALUES ('350583', '南安市', 'COUNTY', '350500');
INSERT INTO department (id, code, name, region_code)
SELECT gen_random_uuid(), 'BENCH-' || n, '泉州市第' || n || '部门', '350500' FROM generate_series(1, 50) n;
INSERT INTO programme (id, region_code, year, title, state, created_at, updated_at)
SELECT gen_random_uuid(), '350500', 2023 + y, '基准测试计划' || (2023 + y), 'PUBLISHED', now(), now()
FROM generate_series(1, :programmes) y;
INSERT INTO programme_domain (programme_id, position, code, name)
SELECT p.id, d.pos, d.code, d.name FROM programme p,
  (VALUES (0, 'EDU', '文化教育'), (1, 'HEALTH', '医疗与健康服务'), (2, 'ELDERLY', '养老服务'), (3, 'WELFARE', '扶弱助贫'),
          (4, 'URBAN', '城乡品质'), (5, 'ECO', '生态环境'), (6, 'PUBLIC', '公共服务'), (7, 'SAFETY', '安全保障')) d(pos, code, name);

WITH words(i, w) AS (
    SELECT row_number() OVER () - 1, w FROM unnest(ARRAY['长者食堂', '老旧小区改造', '公办幼儿园', '农村公路', '口袋公园',
        '充电桩', '心理辅导室', '近视防控照明', '养老护理员培训', '农村户厕', '停车泊位', '城市书房', '体育场地',
        '污水管网', '燃气管道', '社区卫生服务中心', '适老化改造', '电子健康卡', '公益性演出', '就业稳岗']) w),
     depts AS (SELECT array_agg(id ORDER BY code) ids FROM department),
     domains AS (SELECT array_agg(code ORDER BY position) codes FROM (SELECT DISTINCT position, code FROM programme_domain) d)
INSERT INTO project (id, programme_id, code, title, description, domain_code, lead_department_id,
                     planned_investment, planned_start, planned_end, state, created_at, updated_at)
SELECT gen_random_uuid(), g.id, 'P' || lpad(n::text, 5, '0'),
       '建设' || w1.w || '第' || n || '期',
       '项目计划完成' || w2.w || '等建设任务,惠及群众' || (n * 7 % 5000) || '户。',
       domains.codes[1 + n % 8], depts.ids[1 + n % 50], (n * 1000)::numeric(16, 2),
       date '2024-01-01', date '2024-12-31', 'ACTIVE', now(), now()
FROM generate_series(1, 10000) n
JOIN words w1 ON w1.i = n % 20
JOIN words w2 ON w2.i = (n * 7) % 20
CROSS JOIN depts CROSS JOIN domains CROSS JOIN programme g;

INSERT INTO indicator (project_id, key, position, name, unit, baseline, target, direction, cumulative)
SELECT id, 'units', 0, '建设数量', '个', 0, 100, 'INCREASE', true FROM project;
INSERT INTO project_district (project_id, region_code)
SELECT id, CASE WHEN code::text LIKE '%3' THEN '350583' ELSE '350571' END FROM project;
INSERT INTO project_co_department (project_id, department_id)
SELECT p.id, d.id FROM project p JOIN department d ON d.code = 'BENCH-' || (1 + (substr(p.code, 2)::int * 3) % 50)
WHERE d.id <> p.lead_department_id;
VACUUM ANALYZE;
