#!/usr/bin/env bash
# The dashboard page (issue #15) in headless Chromium against the running suite with its demo data:
# gateway/src/main/dashboard/tests/dashboard.test.mjs drives Debian's chromium with playwright-core. It refuses a bad
# token in words and takes an API key, signs in from the demo link's fragment, and checks 晋江 2022 as of 2022-10-31
# (6 completed, 2 basically completed), month steps, 新乡's 157.8 %, a project's overview, the English switch, a
# phone's width and, with the progress service stopped (./suite stop, then ./suite start), the degraded notice; any
# console error fails it. Screenshots of every step go to gateway/target/dashboard-screenshots (or $SCREENSHOTS).
# Installs Debian's chromium and a Chinese font with apt when they are missing (Playwright's own browser download
# does not work here).
#   ./suite up && scripts/check-dashboard.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f .suite/credentials.env ] || { echo "Start the suite first: ./suite up" >&2; exit 1; }
# shellcheck disable=SC1091 # written by ./suite up
source .suite/credentials.env
export DASHBOARD_TOKEN PUBLIC_API_KEY CIVIC_BASE_URL="${CIVIC_BASE_URL:-$GATEWAY_URL}"

# The browser, and a Chinese font so that the screenshots show the page as people read it.
missing=()
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -n "$(fc-list :lang=zh 2>/dev/null)" ] || missing+=(fonts-wqy-microhei)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== Installing ${missing[*]} (Debian packages)"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

dashboard=gateway/src/main/dashboard
if [ ! -d "$dashboard/node_modules/playwright-core" ]; then
  (cd "$dashboard" && npm ci --no-audit --no-fund --loglevel=error)
fi
echo "== The dashboard page in headless Chromium against $CIVIC_BASE_URL"
node "$dashboard/tests/dashboard.test.mjs"
