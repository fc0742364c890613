-- Generates :n citizens with facts directly in a scratch benefits database (psql -v n=100000 -f ...).
-- Personal-data columns hold random bytes, not ciphertext under the service's key: batch eligibility
-- never decrypts, but GET /citizens/{id} of a generated citizen answers 500 (it cannot open them).
-- Deterministic (setseed) so that runs are comparable. Needs the demo programmes loaded first.
\set ON_ERROR_STOP on
SELECT setseed(0.2026);

CREATE TEMP TABLE gen AS
SELECT i, gen_random_uuid() AS id FROM generate_series(1, :n) AS i;

INSERT INTO citizen (id, name_enc, national_id_enc, national_id_lookup, created_by)
SELECT id, decode(md5('name' || i), 'hex'), decode(md5('id' || i), 'hex'),
       decode(md5('lookup' || i) || md5('lookup2' || i), 'hex'), 'benchmark'
FROM gen;

-- 80 % live in 泉州 (3505xx), 20 % in 厦门 or 福州.
INSERT INTO fact (id, citizen_id, type, value, source, recorded_by)
SELECT gen_random_uuid(), id, 'residenceRegion',
       (ARRAY['350502','350503','350504','350505','350521','350524','350582','350583','350203','350102'])[1 + floor(random() * 10)::int],
       'benchmark', 'benchmark'
FROM gen;

-- Born between 1935 and 2022.
INSERT INTO fact (id, citizen_id, type, value, source, recorded_by)
SELECT gen_random_uuid(), id, 'birthDate', to_char(date '1935-01-01' + (random() * 32100)::int, 'YYYY-MM-DD'),
       'benchmark', 'benchmark'
FROM gen;

INSERT INTO fact (id, citizen_id, type, value, source, recorded_by)
SELECT gen_random_uuid(), id, 'sex', CASE WHEN i % 2 = 0 THEN 'FEMALE' ELSE 'MALE' END, 'benchmark', 'benchmark'
FROM gen;

-- 5 % hold one of the five blood-donation honours; 90 % of them also the city's honour card.
INSERT INTO fact (id, citizen_id, type, value, source, valid_from, recorded_by)
SELECT gen_random_uuid(), id,
       'honour', (ARRAY['BLOOD_DONATION_LIFETIME_HONOUR','BLOOD_DONATION_GOLD','BLOOD_DONATION_SILVER',
                        'HSC_DONATION_AWARD','BLOOD_VOLUNTEER_LIFETIME_HONOUR'])[1 + (i / 20) % 5],
       'benchmark', date '2020-06-14', 'benchmark'
FROM gen WHERE i % 20 = 0;
INSERT INTO fact (id, citizen_id, type, value, source, valid_from, recorded_by)
SELECT gen_random_uuid(), id, 'card', 'QUANZHOU_BLOOD_DONOR_HONOUR_CARD', 'benchmark', date '2025-01-01', 'benchmark'
FROM gen WHERE i % 20 = 0 AND i % 200 <> 0;

-- 8 % on dibao or tekun, 4 % checked and on neither.
INSERT INTO fact (id, citizen_id, type, value, source, recorded_by)
SELECT gen_random_uuid(), id, 'householdStatus',
       CASE WHEN i % 25 = 0 THEN 'DIBAO' WHEN i % 25 = 1 THEN 'TEKUN' ELSE 'NONE' END, 'benchmark', 'benchmark'
FROM gen WHERE i % 25 IN (0, 1, 2);

-- A tenth of the honour holders used this year's free health check already.
CREATE TEMP TABLE checked_up AS
SELECT g.id AS citizen_id, b.id AS benefit_id, to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY') AS period_key
FROM gen g, benefit b
WHERE b.code = 'QZ_BLOOD_HEALTH_CHECK' AND g.i % 200 = 20;
INSERT INTO quota_counter (citizen_id, benefit_id, period_key, used)
SELECT citizen_id, benefit_id, period_key, 1 FROM checked_up;
INSERT INTO redemption (id, citizen_id, benefit_id, site_id, site_category, occurred_at, period_key,
                        sequence_in_period, channel, recorded_by)
SELECT gen_random_uuid(), citizen_id, benefit_id, 'BENCH-CHC', 'COMMUNITY_HEALTH_CENTRE', now(), period_key, 1, 'API',
       'benchmark'
FROM checked_up;

-- As autovacuum would: statistics, and the visibility map that lets index-only scans skip the heap.
VACUUM ANALYZE;
SELECT (SELECT count(*) FROM citizen) AS citizens, (SELECT count(*) FROM fact) AS facts,
       (SELECT count(*) FROM redemption) AS redemptions;
