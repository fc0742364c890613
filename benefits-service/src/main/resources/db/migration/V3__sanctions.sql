-- Sanctions for misuse. A programme's sanction rule is data, versioned like its eligibility rules: the steps
-- say what the n-th offence brings (SUSPEND for a period, or REVOKE); the last step applies to every later one.
CREATE TABLE sanction_rule_version (
    id             uuid          PRIMARY KEY,
    programme_id   uuid          NOT NULL REFERENCES benefit_programme (id),
    number         integer       NOT NULL CHECK (number >= 1),
    effective_from date          NOT NULL,
    effective_to   date,
    steps          jsonb         NOT NULL,
    note           varchar(2000),
    created_at     timestamptz   NOT NULL,
    created_by     varchar(200)  NOT NULL,
    UNIQUE (programme_id, number),
    UNIQUE (programme_id, effective_from),
    CHECK (effective_to IS NULL OR effective_to >= effective_from)
);

-- One recorded misuse and what the rule made of it. The evidence text may name people, so it is stored only as
-- AES-GCM ciphertext (bound to the citizen and the sanction); the reference is a case number. A suspension lifted
-- early keeps its row, with who lifted it, when and why.
CREATE TABLE sanction (
    id                  uuid          PRIMARY KEY,
    citizen_id          uuid          NOT NULL REFERENCES citizen (id),
    programme_id        uuid          NOT NULL REFERENCES benefit_programme (id),
    offence             integer       NOT NULL CHECK (offence >= 1),
    rule_version        integer       NOT NULL,
    outcome             varchar(10)   NOT NULL CHECK (outcome IN ('SUSPENDED', 'REVOKED')),
    occurred_on         date          NOT NULL,
    effective_from      date          NOT NULL,
    suspended_until     date,
    explanation_zh      varchar(500)  NOT NULL,
    explanation_en      varchar(500),
    article             varchar(200),
    evidence_enc        bytea         NOT NULL,
    evidence_reference  varchar(100),
    recorded_at         timestamptz   NOT NULL,
    recorded_by         varchar(200)  NOT NULL,
    lifted_on           date,
    lifted_at           timestamptz,
    lifted_by           varchar(200),
    lift_reason         varchar(500),
    CHECK ((outcome = 'SUSPENDED') = (suspended_until IS NOT NULL)),
    CHECK ((lifted_at IS NULL) = (lift_reason IS NULL) AND (lifted_at IS NULL) = (lifted_on IS NULL))
);
CREATE INDEX sanction_citizen_idx ON sanction (citizen_id, programme_id);
CREATE INDEX sanction_programme_idx ON sanction (programme_id, citizen_id);
