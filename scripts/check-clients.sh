#!/usr/bin/env bash
# The example clients of examples/ (issue #12), generated from the contract docs/openapi/civic-api.json, against a
# running suite: generates and type-checks the TypeScript types and example (tsc --strict), checks that no response
# body type is untyped beyond examples/typescript/untyped-responses.txt, then runs the TypeScript and the Java
# example at $CIVIC_BASE_URL with $CIVIC_API_KEY. Fails when any step fails.
#   CIVIC_API_KEY=... [CIVIC_BASE_URL=http://localhost:8080] scripts/check-clients.sh
# The Java client and example are generated and compiled by ./mvnw verify (module examples/java-client); this
# script compiles them only when they are missing or older than the contract or the example.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${CIVIC_API_KEY:?set CIVIC_API_KEY to the key of an API client with scope public:read}"
export CIVIC_API_KEY CIVIC_BASE_URL="${CIVIC_BASE_URL:-http://localhost:8080}"

echo "== TypeScript: generate, type-check, response types"
(
  cd examples/typescript
  npm ci --no-audit --no-fund --loglevel=error
  npm run --silent generate
  npm run --silent typecheck
  npm run --silent check:responses
  npm run --silent build
)

java_client=examples/java-client
compiled="$java_client/target/classes/org/civic/examples/ExampleApp.class"
if [ ! -f "$compiled" ] || [ ! -f "$java_client/target/classpath.txt" ] \
  || [ -n "$(find docs/openapi/civic-api.json "$java_client/pom.xml" "$java_client/src" -newer "$compiled" -type f -print -quit)" ]; then
  echo "== Java: generate and compile the client and example"
  ./mvnw -B -ntp -q -pl "$java_client" compile
fi

echo "== TypeScript example against $CIVIC_BASE_URL"
(cd examples/typescript && npm run --silent example)
echo "== Java example against $CIVIC_BASE_URL"
java -cp "$java_client/target/classes:$(cat "$java_client/target/classpath.txt")" org.civic.examples.ExampleApp
echo "== Both example clients ran against $CIVIC_BASE_URL"
