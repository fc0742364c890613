-- Facts have a life: a benefits officer corrects one (a wrong honour level) or ends it (moved away, card
-- withdrawn) with a reason; nothing is deleted. fact keeps the current state (what eligibility and batch
-- queries read, on its indexes); fact_revision keeps every state a fact has had, with who changed it, when
-- and why, and the interval of time during which the office held it to be true (known_from .. known_until),
-- so eligibility can also be answered as the office knew it at an earlier moment.
ALTER TABLE fact ADD COLUMN version bigint NOT NULL DEFAULT 0;

CREATE TABLE fact_revision (
    id          uuid         PRIMARY KEY,
    fact_id     uuid         NOT NULL REFERENCES fact (id),
    revision    integer      NOT NULL CHECK (revision >= 1),
    citizen_id  uuid         NOT NULL REFERENCES citizen (id),
    change      varchar(10)  NOT NULL CHECK (change IN ('RECORDED', 'CORRECTED', 'ENDED')),
    type        varchar(40)  NOT NULL,
    value       varchar(100) COLLATE "C" NOT NULL,
    source      varchar(200) NOT NULL,
    valid_from  date,
    valid_until date,
    known_from  timestamptz  NOT NULL,
    known_until timestamptz,
    changed_by  varchar(200) NOT NULL,
    reason      varchar(500),
    UNIQUE (fact_id, revision),
    CHECK (known_until IS NULL OR known_until >= known_from),
    CHECK ((change = 'RECORDED') = (reason IS NULL))
);
CREATE INDEX fact_revision_citizen_idx ON fact_revision (citizen_id, known_from);

-- Facts recorded before this migration: their first (and so far only) revision.
INSERT INTO fact_revision (id, fact_id, revision, citizen_id, change, type, value, source, valid_from,
                           valid_until, known_from, changed_by)
SELECT gen_random_uuid(), id, 1, citizen_id, 'RECORDED', type, value, source, valid_from, valid_until,
       recorded_at, recorded_by
FROM fact;
