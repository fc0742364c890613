# Shared by the benchmark scripts: a scratch database and a service jar on a spare port, cleaned up on exit.
# Source it, then call bench_start_service MODULE PORT DATABASE. Services run in the demo profile (demo keys);
# requests straight to a service's port send "$BENCH_IDENTITY", a gateway identity signed with the demo key.
set -euo pipefail
BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$BENCH_ROOT/scripts/demo-tokens.sh"
BENCH_IDENTITY="Authorization: Bearer $(demo_identity_token staff:benchmark admin)"
PSQL=(psql -XqAt -v ON_ERROR_STOP=1 -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}")
BENCH_PIDS=()
BENCH_DBS=()
declare -A BENCH_PID_OF=() # module → pid, for bench_rss
BENCH_NGINX_DIRS=()

bench_cleanup() {
  for dir in "${BENCH_NGINX_DIRS[@]}"; do nginx -c "$dir/nginx.conf" -s stop 2>/dev/null || true; done
  for pid in "${BENCH_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${BENCH_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  for db in "${BENCH_DBS[@]}"; do "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true; done
}
trap bench_cleanup EXIT

bench_require() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install $tool)" >&2; exit 1; }
  done
}

bench_database() { # bench_database NAME: a fresh, empty database dropped on exit
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)"
  "${PSQL[@]}" -d postgres -c "CREATE DATABASE $1"
  BENCH_DBS+=("$1")
}

bench_start_service() { # bench_start_service MODULE PORT DATABASE [extra -D options...]
  local module=$1 port=$2 db=$3
  shift 3
  local jar="$BENCH_ROOT/$module/target/quarkus-app/quarkus-run.jar"
  [ -f "$jar" ] || (cd "$BENCH_ROOT" && ./mvnw -B -q package -DskipTests -pl "$module" -am)
  # BENCH_JFR=1 records a Flight Recorder profile of each service to /tmp/bench-MODULE.jfr (jfr print --events jdk.ExecutionSample).
  local jfr=()
  [ "${BENCH_JFR:-0}" = 1 ] && jfr=(-XX:StartFlightRecording=filename=/tmp/bench-$module.jfr,settings=profile,dumponexit=true)
  java -Xmx1g "${jfr[@]}" -Dquarkus.profile=demo -Dquarkus.http.port="$port" \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://${PGHOST:-127.0.0.1}:${PGPORT:-5432}/$db" \
    -Dquarkus.datasource.username="${PGUSER:-postgres}" -Dquarkus.datasource.password="${PGPASSWORD:-}" \
    -Dquarkus.log.level=WARN "$@" -jar "$jar" >"/tmp/bench-$module.log" 2>&1 &
  BENCH_PIDS+=($!)
  BENCH_PID_OF[$module]=$!
  for _ in $(seq 1 60); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null && return 0
    sleep 1
  done
  echo "$module did not start; see /tmp/bench-$module.log" >&2
  exit 1
}

bench_nginx() { # bench_nginx LISTEN_PORT UPSTREAM_PORT: nginx (1 worker, upstream keepalive 32) as a plain reverse proxy, stopped on exit
  local dir
  dir=$(mktemp -d)
  cat >"$dir/nginx.conf" <<CONF
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log;
events { worker_connections 256; }
http {
  access_log off;
  upstream backend { server 127.0.0.1:$2; keepalive 32; }
  server {
    listen 127.0.0.1:$1;
    location / { proxy_pass http://backend; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
}
CONF
  nginx -c "$dir/nginx.conf"
  BENCH_NGINX_DIRS+=("$dir")
}

bench_rss() { # bench_rss MODULE: resident memory of the service's JVM, in MiB
  echo $(( $(ps -o rss= -p "${BENCH_PID_OF[$1]}") / 1024 ))
}

bench_ms() { # bench_ms 850.00us|13.70ms|1.20s: the duration in milliseconds
  awk -v d="$1" 'BEGIN { v = d + 0; if (d ~ /us$/) v /= 1000; else if (d ~ /ms$/) v += 0; else if (d ~ /s$/) v *= 1000;
    else if (d ~ /m$/) v *= 60000; printf "%.2f", v }'
}

bench_wrk() { # bench_wrk LABEL URL [wrk options]: prints one markdown table row, after an unmeasured warm-up;
  # leaves the figures in BENCH_RPS and BENCH_P99_MS for ratios
  local label=$1 url=$2
  shift 2
  local out
  # Without a warm-up the JIT is still compiling on this 2-core machine: the same gateway measured 773 and,
  # a minute later, 2,805 requests/s (docs/benchmarks.md, 2026-11-23).
  wrk -t2 -c"${BENCH_CONNECTIONS:-16}" -d"${BENCH_WARMUP:-15s}" "$@" "$url" >/dev/null
  out=$(wrk -t2 -c"${BENCH_CONNECTIONS:-16}" -d"${BENCH_DURATION:-20s}" --latency "$@" "$url")
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  local errors
  errors=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  BENCH_RPS=$rps
  BENCH_P99_MS=$(bench_ms "$p99")
  echo "| $label | ${rps} | ${p50} | ${p99} | ${errors:-0} |"
}
