-- Offline verification. Passes are signed ES256 with keys kept here: the private key only as AES-GCM ciphertext
-- under the data key (bound to its kid), the public key as a JWK that GET /.well-known/jwks.json publishes until
-- retire_after (set on rotation to when the last pass it signed has expired).
CREATE TABLE pass_signing_key (
    kid          uuid        PRIMARY KEY,
    public_jwk   text        NOT NULL,
    private_enc  bytea       NOT NULL,
    created_at   timestamptz NOT NULL,
    retire_after timestamptz
);

-- A use a validator accepted while offline, reported at its next sync. RECORDED uses count in redemption (channel
-- OFFLINE); a use beyond the quota (a once-a-year benefit used twice offline) is kept as OVER_QUOTA for officers and
-- never counted, so the quota stays exact; REFUSED ones (revoked or expired pass, not eligible, sanctioned) likewise.
CREATE TABLE offline_use (
    id            uuid         PRIMARY KEY,
    validator     varchar(200) NOT NULL,
    local_id      varchar(100) NOT NULL,
    pass_id       uuid,
    benefit_code  varchar(64)  NOT NULL,
    site_id       varchar(100) NOT NULL,
    site_category varchar(40)  NOT NULL,
    occurred_at   timestamptz  NOT NULL,
    outcome       varchar(12)  NOT NULL CHECK (outcome IN ('RECORDED', 'OVER_QUOTA', 'REFUSED')),
    reason        varchar(40)  NOT NULL,
    redemption_id uuid         REFERENCES redemption (id),
    synced_at     timestamptz  NOT NULL,
    UNIQUE (validator, local_id),
    CHECK ((outcome = 'RECORDED') = (redemption_id IS NOT NULL))
);
CREATE INDEX offline_use_outcome_idx ON offline_use (outcome, synced_at) WHERE outcome <> 'RECORDED';

ALTER TABLE redemption DROP CONSTRAINT redemption_channel_check;
ALTER TABLE redemption ADD CONSTRAINT redemption_channel_check CHECK (channel IN ('API', 'VERIFICATION', 'OFFLINE'));
CREATE INDEX pass_revoked_idx ON pass (revoked_at) WHERE status = 'REVOKED';
