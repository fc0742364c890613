#!/bin/sh
# Entry point of the production Compose services: for every NAME_FILE=/run/secrets/... in the environment, export
# NAME with that file's content (as the postgres image does for POSTGRES_PASSWORD_FILE), so a password or key
# reaches Quarkus's configuration without ever being written into the Compose file or the image.
set -eu
for name in $(env | sed -n 's/^\([A-Z0-9_]*\)_FILE=.*/\1/p'); do
  eval "file=\${${name}_FILE}" # name is [A-Z0-9_]* (the sed above), so this expands one variable only
  value=$(cat "$file")
  export "$name=$value"
  unset "${name}_FILE"
done
exec /opt/jboss/container/java/run/run-java.sh "$@"
