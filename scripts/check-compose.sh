#!/usr/bin/env bash
# Both Compose files must be valid: `docker-compose config` (or `docker compose config`) on the demo file and on the
# production file, the latter with placeholder secret files (the real ones are never in the repository).
set -euo pipefail
cd "$(dirname "$0")/.."
if command -v docker-compose >/dev/null; then
  compose=(docker-compose)
elif docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
else
  echo "neither docker-compose nor docker compose is installed (apt-get install -y docker-compose)" >&2
  exit 1
fi
placeholders=$(mktemp -d)
trap 'rm -rf "$placeholders"' EXIT
for name in $(sed -n 's|.*file: \${CIVIC_SECRETS:-./secrets}/||p' docker-compose.prod.yml); do
  echo placeholder >"$placeholders/$name"
done
"${compose[@]}" -f docker-compose.yml config -q
CIVIC_SECRETS="$placeholders" "${compose[@]}" -f docker-compose.prod.yml config -q
echo "docker-compose.yml and docker-compose.prod.yml are valid"
