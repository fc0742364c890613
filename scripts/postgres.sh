# Shared by ./suite and .ci/run: reach the PostgreSQL server as an administrator and start the local
# cluster when it is installed but stopped. Source it; it defines functions only.

PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"

postgres_answers() {
  (exec 3<>"/dev/tcp/${PGHOST}/${PGPORT}") 2>/dev/null
}

# Starts the local Debian cluster when nothing answers; otherwise `docker compose up -d postgres` when a
# Docker engine runs; otherwise explains what is missing and fails.
postgres_ensure_running() {
  postgres_answers && return 0
  if [ -d /etc/postgresql ] && command -v pg_ctlcluster >/dev/null 2>&1; then
    local version
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    echo "Starting the local PostgreSQL ${version} cluster ..."
    pg_ctlcluster --skip-systemctl-redirect "${version}" main start
  elif command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
    echo "Starting PostgreSQL with docker compose ..."
    docker compose -f docker-compose.yml -f docker/compose.local-postgres.yml up -d postgres
    export PGADMIN_PASSWORD="${PGADMIN_PASSWORD:-${POSTGRES_PASSWORD:-postgres}}"
  else
    echo "No PostgreSQL answers at ${PGHOST}:${PGPORT}, none is installed locally and no Docker engine runs." >&2
    echo "Install PostgreSQL (apt-get install postgresql), start Docker, or set PGHOST/PGPORT to a server." >&2
    return 1
  fi
  for _ in $(seq 1 30); do
    postgres_answers && return 0
    sleep 1
  done
  echo "PostgreSQL did not come up at ${PGHOST}:${PGPORT} within 30 s." >&2
  return 1
}

# Runs SQL as a superuser: the local postgres OS user over the socket when we are root on the server's
# machine, else PGADMIN_USER (default postgres) over TCP with PGADMIN_PASSWORD.
postgres_admin_sql() {
  if [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1 && command -v runuser >/dev/null 2>&1 \
     && runuser -u postgres -- psql -XqAt -c 'select 1' >/dev/null 2>&1; then
    runuser -u postgres -- psql -XqAt -v ON_ERROR_STOP=1 -c "$1"
  else
    PGPASSWORD="${PGADMIN_PASSWORD:-${PGPASSWORD:-}}" psql -XqAt -v ON_ERROR_STOP=1 \
      -h "${PGHOST}" -p "${PGPORT}" -U "${PGADMIN_USER:-postgres}" -d postgres -c "$1"
  fi
}
