-- Third-party apps: the key is shown once at creation and kept only as its SHA-256.
CREATE TABLE api_client (
    id              uuid         PRIMARY KEY,
    name            varchar(200) NOT NULL,
    key_hash        varchar(64)  NOT NULL UNIQUE,
    key_prefix      varchar(12)  NOT NULL,
    scopes          varchar(500) NOT NULL,
    rate_per_minute integer      NOT NULL CHECK (rate_per_minute BETWEEN 1 AND 100000),
    created_at      timestamptz  NOT NULL,
    created_by      varchar(200) NOT NULL,
    revoked_at      timestamptz
);
