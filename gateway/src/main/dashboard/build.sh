#!/usr/bin/env bash
# Builds the dashboard page into the gateway's classes (target/classes/META-INF/resources/dashboard) with this
# machine's Node and npm; ./mvnw runs it in generate-resources (exec-maven-plugin), so ./mvnw verify and ./suite up
# ship it in the gateway's jar. Dependencies come from the committed package-lock.json (npm ci), installed again
# only when the lock file changed.
set -euo pipefail
cd "$(dirname "$0")"
command -v npm >/dev/null || { echo "The dashboard needs Node 20+ and npm on the PATH (no Node is downloaded)." >&2; exit 1; }
if ! cmp -s package-lock.json node_modules/.installed-package-lock.json; then
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.installed-package-lock.json
fi
npm run --silent build -- --logLevel warn
