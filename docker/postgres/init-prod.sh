#!/bin/sh
# Production Compose only (docker-compose.prod.yml): runs once, on an empty data directory. One login role and one
# database per service, each role's password read from its Compose secret (/run/secrets/<role>_db_password).
set -eu
for role in registry progress benefits gateway; do
  password=$(cat "/run/secrets/${role}_db_password")
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    --set role="$role" --set password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"role" OWNER :"role";
-- Each service reaches only its own database (the owner keeps CONNECT; other roles lose it).
REVOKE CONNECT, TEMPORARY ON DATABASE :"role" FROM PUBLIC;
SQL
done
