#!/usr/bin/env bash
# Writes the secret files docker-compose.prod.yml reads, into ${CIVIC_SECRETS:-./secrets} (never commit them):
# fresh random database and Redis passwords, the benefits data, lookup and pass-signing keys, and the gateway's
# identity key pair. A file that exists is kept, so running it again rotates nothing; to rotate one value, see
# docs/operations.md#rotate-keys. The staff JWT public key is your identity provider's: put it in
# staff_jwt_public_key.pem; until then this writes a key pair of its own and says so.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${CIVIC_SECRETS:-./secrets}"
mkdir -p "$dir"
chmod 700 "$dir"
umask 077

write() { # name command...: writes the file unless it exists
  local file="$dir/$1"
  shift
  [ -s "$file" ] && return 0
  "$@" >"$file"
  echo "wrote $file"
}

for name in postgres_password registry_db_password progress_db_password benefits_db_password gateway_db_password redis_password; do
  write "$name" sh -c 'openssl rand -hex 24 | tr -d "\n"'
done
for name in benefits_data_key benefits_lookup_key benefits_pass_signing_key; do
  write "$name" sh -c 'openssl rand -base64 32 | tr -d "\n"'
done
if [ ! -s "$dir/identity_private_key.pem" ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/identity_private_key.pem" 2>/dev/null
  openssl pkey -in "$dir/identity_private_key.pem" -pubout -out "$dir/identity_public_key.pem"
  echo "wrote $dir/identity_private_key.pem and identity_public_key.pem"
fi
if [ ! -s "$dir/service_identity_private_key.pem" ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/service_identity_private_key.pem" 2>/dev/null
  openssl pkey -in "$dir/service_identity_private_key.pem" -pubout -out "$dir/service_identity_public_key.pem"
  echo "wrote $dir/service_identity_private_key.pem and service_identity_public_key.pem (progress's own identity)"
fi
if [ ! -s "$dir/staff_jwt_public_key.pem" ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/staff_jwt_private_key.pem" 2>/dev/null
  openssl pkey -in "$dir/staff_jwt_private_key.pem" -pubout -out "$dir/staff_jwt_public_key.pem"
  echo "wrote $dir/staff_jwt_public_key.pem: replace it with your identity provider's public key"
fi
