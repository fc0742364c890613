# Demo tokens for scripts, signed with the demo keys committed in this repository (refused by the prod profile).
# Source it, then:
#   demo_staff_token NAME ROLE [DEPARTMENT_ID]  a staff JWT, as the demo identity provider would issue (send it
#                                              to the gateway as "Authorization: Bearer …")
#   demo_identity_token NAME GROUP...           the identity the gateway signs for the services (only for
#                                              benchmarks that call a service's port directly)
# Both are RS256 JWTs made with openssl, valid for an hour (DEMO_TOKEN_SECONDS to change it; the gateway
# accepts staff tokens valid for at most 12 h).
DEMO_TOKENS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DEMO_STAFF_KEY="$DEMO_TOKENS_ROOT/gateway/src/main/resources/demo-keys/jwt-private.pem"
DEMO_STAFF_ISSUER="${GATEWAY_JWT_ISSUER:-https://civic-suite.example/staff}"
DEMO_IDENTITY_KEY="$DEMO_TOKENS_ROOT/common/src/main/resources/demo-keys/identity-private.pem"

_demo_b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

_demo_sign() { # _demo_sign KEY CLAIMS-JSON
  local header payload signature
  header=$(printf '{"alg":"RS256","typ":"JWT"}' | _demo_b64url)
  payload=$(printf '%s' "$2" | _demo_b64url)
  signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$1" | _demo_b64url)
  printf '%s.%s.%s' "$header" "$payload" "$signature"
}

_demo_groups() { # _demo_groups A B C → "A","B","C"
  local out="" g
  for g in "$@"; do out="$out${out:+,}\"$g\""; done
  printf '%s' "$out"
}

demo_staff_token() {
  local now department=""
  now=$(date +%s)
  [ -z "${3:-}" ] || department=",\"department\":\"$3\""
  _demo_sign "$DEMO_STAFF_KEY" "{\"iss\":\"$DEMO_STAFF_ISSUER\",\"upn\":\"$1\",\"sub\":\"$1\",\"groups\":[$(_demo_groups "$2")],\"iat\":$now,\"exp\":$((now + ${DEMO_TOKEN_SECONDS:-3600}))$department}"
}

demo_identity_token() {
  local name=$1 now
  shift
  now=$(date +%s)
  _demo_sign "$DEMO_IDENTITY_KEY" "{\"iss\":\"civic-gateway\",\"aud\":\"civic-services\",\"upn\":\"$name\",\"sub\":\"$name\",\"groups\":[$(_demo_groups "$@")],\"iat\":$now,\"exp\":$((now + 3600))}"
}
