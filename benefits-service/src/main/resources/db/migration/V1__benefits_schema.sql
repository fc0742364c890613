-- Benefits: programmes with versioned rules (criteria as jsonb data), citizens with encrypted personal
-- data and dated facts, quota-checked redemptions, revocable passes and an append-only access log.

CREATE TABLE benefit_programme (
    id                  uuid          PRIMARY KEY,
    code                varchar(64)   NOT NULL UNIQUE,
    name_zh             varchar(200)  NOT NULL,
    name_en             varchar(300),
    region_code         varchar(12)   NOT NULL,
    legal_basis_title   varchar(500)  NOT NULL,
    legal_basis_source  varchar(1000),
    effective_from      date          NOT NULL,
    effective_to        date,
    registry_project_id uuid,
    version             bigint        NOT NULL DEFAULT 0,
    created_at          timestamptz   NOT NULL DEFAULT now(),
    updated_at          timestamptz   NOT NULL DEFAULT now(),
    CHECK (effective_to IS NULL OR effective_to >= effective_from)
);

CREATE TABLE programme_issuing_agency (
    programme_id uuid         NOT NULL REFERENCES benefit_programme (id) ON DELETE CASCADE,
    position     integer      NOT NULL,
    agency       varchar(200) NOT NULL,
    PRIMARY KEY (programme_id, position)
);

-- Benefit codes are unique across programmes: redemptions and pass tokens name a benefit by its code alone.
CREATE TABLE benefit (
    id                   uuid          PRIMARY KEY,
    programme_id         uuid          NOT NULL REFERENCES benefit_programme (id),
    position             integer       NOT NULL,
    code                 varchar(64)   NOT NULL UNIQUE,
    name_zh              varchar(200)  NOT NULL,
    name_en              varchar(300),
    kind                 varchar(20)   NOT NULL
        CHECK (kind IN ('ACCESS', 'FEE_WAIVER', 'PRIORITY', 'CASH', 'IN_KIND', 'REFERRAL')),
    quota_limit          integer       CHECK (quota_limit >= 1),
    quota_period         varchar(20)   CHECK (quota_period IN ('CALENDAR_YEAR', 'MONTH', 'LIFETIME')),
    application_required boolean       NOT NULL DEFAULT false,
    amount               numeric(12, 2) CHECK (amount >= 0),
    article              varchar(200),
    CHECK ((quota_limit IS NULL) = (quota_period IS NULL))
);
CREATE INDEX benefit_programme_idx ON benefit (programme_id);

CREATE TABLE benefit_site_category (
    benefit_id    uuid        NOT NULL REFERENCES benefit (id) ON DELETE CASCADE,
    position      integer     NOT NULL,
    site_category varchar(40) NOT NULL,
    PRIMARY KEY (benefit_id, position)
);

-- Rule versions are immutable. On a date, the version in force is the one with the latest
-- effective_from on or before it, unless its effective_to has passed.
CREATE TABLE rule_version (
    id               uuid         PRIMARY KEY,
    programme_id     uuid         NOT NULL REFERENCES benefit_programme (id),
    number           integer      NOT NULL CHECK (number >= 1),
    effective_from   date         NOT NULL,
    effective_to     date,
    criteria         jsonb        NOT NULL,
    benefit_criteria jsonb,
    note             varchar(2000),
    created_at       timestamptz  NOT NULL DEFAULT now(),
    created_by       varchar(200) NOT NULL,
    UNIQUE (programme_id, number),
    UNIQUE (programme_id, effective_from),
    CHECK (effective_to IS NULL OR effective_to >= effective_from)
);

-- Personal data only as AES-GCM ciphertext; the national ID number is found through its HMAC.
CREATE TABLE citizen (
    id                 uuid         PRIMARY KEY,
    name_enc           bytea        NOT NULL,
    national_id_enc    bytea        NOT NULL,
    national_id_lookup bytea        NOT NULL UNIQUE,
    phone_enc          bytea,
    version            bigint       NOT NULL DEFAULT 0,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    created_by         varchar(200) NOT NULL
);

-- Values are ASCII codes, region codes and ISO dates, compared bytewise (COLLATE "C"): then one b-tree
-- on (type, value) serves equality, IN, date ranges (ISO dates order as text) and withinRegion's prefix
-- match (LIKE '3505%') when batch eligibility looks for candidates.
CREATE TABLE fact (
    id          uuid         PRIMARY KEY,
    citizen_id  uuid         NOT NULL REFERENCES citizen (id),
    type        varchar(40)  NOT NULL,
    value       varchar(100) COLLATE "C" NOT NULL,
    source      varchar(200) NOT NULL,
    valid_from  date,
    valid_until date,
    recorded_at timestamptz  NOT NULL DEFAULT now(),
    recorded_by varchar(200) NOT NULL,
    CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from)
);
CREATE INDEX fact_citizen_idx ON fact (citizen_id, type);
CREATE INDEX fact_type_value_idx ON fact (type, value, citizen_id) INCLUDE (valid_from, valid_until);

-- One row per (citizen, benefit, quota period), locked FOR UPDATE while a redemption is checked and
-- counted: concurrent redemptions of the same quota queue on this row.
CREATE TABLE quota_counter (
    citizen_id uuid        NOT NULL REFERENCES citizen (id),
    benefit_id uuid        NOT NULL REFERENCES benefit (id),
    period_key varchar(10) NOT NULL,
    used       integer     NOT NULL CHECK (used >= 0),
    PRIMARY KEY (citizen_id, benefit_id, period_key)
);

CREATE TABLE pass (
    id         uuid        PRIMARY KEY,
    citizen_id uuid        NOT NULL REFERENCES citizen (id),
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    status     varchar(10) NOT NULL CHECK (status IN ('ACTIVE', 'REVOKED')),
    revoked_at timestamptz
);
CREATE INDEX pass_citizen_idx ON pass (citizen_id);

-- sequence_in_period numbers the uses of a quota in its period (1 .. limit); the unique constraint is
-- the database's own guarantee that no use is counted twice, whatever the application does.
CREATE TABLE redemption (
    id                 uuid         PRIMARY KEY,
    citizen_id         uuid         NOT NULL REFERENCES citizen (id),
    benefit_id         uuid         NOT NULL REFERENCES benefit (id),
    site_id            varchar(100) NOT NULL,
    site_category      varchar(40)  NOT NULL,
    occurred_at        timestamptz  NOT NULL,
    period_key         varchar(10)  NOT NULL,
    sequence_in_period integer      CHECK (sequence_in_period >= 1),
    channel            varchar(20)  NOT NULL CHECK (channel IN ('API', 'VERIFICATION')),
    pass_id            uuid         REFERENCES pass (id),
    recorded_at        timestamptz  NOT NULL DEFAULT now(),
    recorded_by        varchar(200) NOT NULL,
    UNIQUE (citizen_id, benefit_id, period_key, sequence_in_period)
);
CREATE INDEX redemption_citizen_idx ON redemption (citizen_id, occurred_at DESC);
CREATE INDEX redemption_benefit_idx ON redemption (benefit_id, citizen_id);

-- Append-only: who read which citizen's personal data or eligibility, when and why.
CREATE TABLE access_log (
    id          bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    citizen_id  uuid         NOT NULL REFERENCES citizen (id),
    accessed_at timestamptz  NOT NULL,
    actor       varchar(200) NOT NULL,
    purpose     varchar(200) NOT NULL,
    action      varchar(30)  NOT NULL,
    request_id  varchar(64)
);
CREATE INDEX access_log_citizen_idx ON access_log (citizen_id, accessed_at DESC, id DESC);
