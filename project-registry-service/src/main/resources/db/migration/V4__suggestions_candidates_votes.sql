-- How a year's list comes to be (群众提、代表定): suggestions from the public, screened by staff; a draft programme's
-- shortlist of candidates, each linked to the suggestions behind it; the deputies' vote on them, immutable once
-- confirmed; and the lineage of each project the confirmation created (project → candidate → suggestions).

CREATE TABLE suggestion (
    id               uuid          PRIMARY KEY,
    region_code      varchar(12)   NOT NULL REFERENCES region (code),
    year             integer       NOT NULL,
    text             varchar(2000) NOT NULL,
    domain_code      varchar(32)   NOT NULL,
    channel          varchar(10)   NOT NULL CHECK (channel IN ('APP', 'WEBSITE', 'HOTLINE', 'LETTER', 'DEPUTY', 'STAFF')),
    -- AES-256-GCM (common/crypto/PersonalDataCipher), bound to the row and the field; never a plaintext column.
    contact_sealed   bytea,
    submitted_by     varchar(200)  NOT NULL,
    -- SHA-256 of the normalised text: what the per-client duplicate limit counts.
    text_digest      bytea         NOT NULL,
    status           varchar(10)   NOT NULL CHECK (status IN ('SUBMITTED', 'ACCEPTED', 'MERGED', 'REJECTED')),
    merged_into_id   uuid          REFERENCES suggestion (id),
    screening_reason varchar(1000),
    screened_by      varchar(200),
    screened_at      timestamptz,
    version          bigint        NOT NULL DEFAULT 0,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    updated_at       timestamptz   NOT NULL DEFAULT now(),
    CHECK ((status = 'MERGED') = (merged_into_id IS NOT NULL)),
    CHECK (status <> 'REJECTED' OR screening_reason IS NOT NULL)
);
CREATE INDEX suggestion_region_year_idx ON suggestion (region_code, year, status);
CREATE INDEX suggestion_flood_idx ON suggestion (submitted_by, text_digest, created_at);

CREATE TABLE suggestion_district (
    suggestion_id uuid        NOT NULL REFERENCES suggestion (id) ON DELETE CASCADE,
    region_code   varchar(12) NOT NULL REFERENCES region (code),
    PRIMARY KEY (suggestion_id, region_code)
);

CREATE TABLE candidate (
    id                 uuid           PRIMARY KEY,
    programme_id       uuid           NOT NULL REFERENCES programme (id),
    code               varchar(40)    NOT NULL,
    title              varchar(300)   NOT NULL,
    domain_code        varchar(32)    NOT NULL,
    lead_department_id uuid           NOT NULL REFERENCES department (id),
    planned_investment numeric(16, 2) CHECK (planned_investment >= 0),
    version            bigint         NOT NULL DEFAULT 0,
    created_at         timestamptz    NOT NULL DEFAULT now(),
    updated_at         timestamptz    NOT NULL DEFAULT now(),
    UNIQUE (programme_id, code),
    FOREIGN KEY (programme_id, domain_code) REFERENCES programme_domain (programme_id, code) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE candidate_indicator (
    candidate_id uuid           NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
    key          varchar(40)    NOT NULL,
    position     integer        NOT NULL,
    name         varchar(200)   NOT NULL,
    unit         varchar(20)    NOT NULL,
    baseline     numeric(18, 4) NOT NULL DEFAULT 0,
    target       numeric(18, 4) NOT NULL,
    direction    varchar(10)    NOT NULL CHECK (direction IN ('INCREASE', 'DECREASE')),
    cumulative   boolean        NOT NULL,
    PRIMARY KEY (candidate_id, key)
);

CREATE TABLE candidate_suggestion (
    candidate_id  uuid NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
    suggestion_id uuid NOT NULL REFERENCES suggestion (id),
    PRIMARY KEY (candidate_id, suggestion_id)
);
CREATE INDEX candidate_suggestion_suggestion_idx ON candidate_suggestion (suggestion_id);

CREATE TABLE vote (
    id                uuid          PRIMARY KEY,
    programme_id      uuid          NOT NULL REFERENCES programme (id),
    session_name      varchar(300)  NOT NULL,
    session_date      date          NOT NULL,
    deputies_seated   integer       NOT NULL CHECK (deputies_seated > 0),
    deputies_present  integer       NOT NULL CHECK (deputies_present >= 0 AND deputies_present <= deputies_seated),
    quorum_rule       varchar(30)   NOT NULL,
    pass_rule         varchar(30)   NOT NULL,
    seats             integer       NOT NULL CHECK (seats > 0),
    state             varchar(10)   NOT NULL CHECK (state IN ('RECORDED', 'CONFIRMED', 'SUPERSEDED')),
    -- A correction is a new record naming the one it corrects, with a reason; at most one correction per record.
    corrects_id       uuid          UNIQUE REFERENCES vote (id),
    correction_reason varchar(1000),
    recorded_by       varchar(200)  NOT NULL,
    confirmed_by      varchar(200),
    confirmed_at      timestamptz,
    version           bigint        NOT NULL DEFAULT 0,
    created_at        timestamptz   NOT NULL DEFAULT now(),
    updated_at        timestamptz   NOT NULL DEFAULT now(),
    CHECK ((corrects_id IS NULL) = (correction_reason IS NULL))
);
CREATE INDEX vote_programme_idx ON vote (programme_id, created_at);

CREATE TABLE vote_tally (
    vote_id       uuid        NOT NULL REFERENCES vote (id),
    candidate_id  uuid        NOT NULL REFERENCES candidate (id),
    votes_for     integer     NOT NULL CHECK (votes_for >= 0),
    votes_against integer     NOT NULL CHECK (votes_against >= 0),
    abstentions   integer     NOT NULL CHECK (abstentions >= 0),
    rank          integer     NOT NULL,
    outcome       varchar(15) NOT NULL CHECK (outcome IN ('SELECTED', 'NOT_SELECTED', 'TIED', 'BELOW_THRESHOLD')),
    PRIMARY KEY (vote_id, candidate_id)
);

-- Lineage: the candidate a project was created from by a confirmed vote (at most one project per candidate).
ALTER TABLE project ADD COLUMN candidate_id uuid UNIQUE REFERENCES candidate (id);
