-- Runs once, when the postgres container starts with an empty data directory (files in
-- /docker-entrypoint-initdb.d are skipped whenever the volume already holds a cluster; to run it
-- again: docker compose down -v).
--
-- One login role and one database per service, each database owned by its role, matching the
-- defaults in each module's application.properties.
--
-- DEMO ONLY: every password equals its role name. Do not use these credentials anywhere real.

CREATE ROLE registry LOGIN PASSWORD 'registry';
CREATE ROLE progress LOGIN PASSWORD 'progress';
CREATE ROLE benefits LOGIN PASSWORD 'benefits';
CREATE ROLE gateway  LOGIN PASSWORD 'gateway';

CREATE DATABASE registry OWNER registry;
CREATE DATABASE progress OWNER progress;
CREATE DATABASE benefits OWNER benefits;
CREATE DATABASE gateway  OWNER gateway;

-- Each service reaches only its own database (the owner keeps CONNECT; other roles lose it).
REVOKE CONNECT, TEMPORARY ON DATABASE registry FROM PUBLIC;
REVOKE CONNECT, TEMPORARY ON DATABASE progress FROM PUBLIC;
REVOKE CONNECT, TEMPORARY ON DATABASE benefits FROM PUBLIC;
REVOKE CONNECT, TEMPORARY ON DATABASE gateway  FROM PUBLIC;
