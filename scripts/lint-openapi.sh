#!/usr/bin/env bash
# Lints the merged OpenAPI document of the real suite (written by the gateway's EndToEndTest to
# gateway/target/openapi/civic-api.json) with spectral: spectral:oas and the OWASP API Security ruleset, as
# .spectral.yaml configures them. Fails on any error; prints the counts by ruleset.
#   scripts/lint-openapi.sh [document]     (default gateway/target/openapi/civic-api.json)
# spectral is installed at pinned versions into a cache directory (SPECTRAL_CACHE, default ~/.cache/civic-spectral),
# never into the repository, and without running any package's install scripts.
set -euo pipefail
cd "$(dirname "$0")/.."

SPECTRAL_CLI_VERSION=6.16.3
OWASP_RULESET_VERSION=2.0.1
cache="${SPECTRAL_CACHE:-${HOME:-/tmp}/.cache/civic-spectral}/cli-${SPECTRAL_CLI_VERSION}-owasp-${OWASP_RULESET_VERSION}"
document="$(realpath -m "${1:-gateway/target/openapi/civic-api.json}")"

if [ ! -f "$document" ]; then
  echo "lint-openapi: $document is missing; the gateway's EndToEndTest writes it (./mvnw verify)." >&2
  exit 1
fi
if [ ! -x "$cache/node_modules/.bin/spectral" ]; then
  mkdir -p "$cache"
  npm install --no-save --no-audit --no-fund --ignore-scripts --loglevel=error --prefix "$cache" \
    "@stoplight/spectral-cli@${SPECTRAL_CLI_VERSION}" "@stoplight/spectral-owasp-ruleset@${OWASP_RULESET_VERSION}"
fi

# The ruleset names the OWASP ruleset by its package, which spectral finds next to the ruleset file: lint with a copy
# of .spectral.yaml placed beside the cache's node_modules.
cp .spectral.yaml "$cache/.spectral.yaml"
report="$(mktemp)"
trap 'rm -f "$report"' EXIT
set +e
"$cache/node_modules/.bin/spectral" lint --quiet --ruleset "$cache/.spectral.yaml" --format json --output "$report" \
  --fail-severity error "$document"
status=$?
set -e
node -e '
  const results = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8") || "[]");
  const names = ["error", "warning", "info", "hint"];
  const counts = {};
  for (const r of results) {
    const set = r.code.startsWith("owasp:") ? "owasp" : "spectral:oas";
    counts[set] = counts[set] || {error: 0, warning: 0, info: 0, hint: 0};
    counts[set][names[r.severity]]++;
    if (r.severity === 0) {
      console.log(`error ${r.code} at ${r.path.join(".")}: ${r.message}`);
    }
  }
  for (const set of ["spectral:oas", "owasp"]) {
    const c = counts[set] || {error: 0, warning: 0, info: 0, hint: 0};
    console.log(`${set}: ${c.error} errors, ${c.warning} warnings`);
  }' "$report"
if [ "$status" -ne 0 ]; then
  echo "lint-openapi: the OpenAPI document has errors (see above)." >&2
  exit 1
fi
echo "lint-openapi: no errors in $document"
