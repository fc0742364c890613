-- Re-checks: when a programme publishes a rule version, a batch job (called in bounded, resumable batches, walking
-- citizens in id order) evaluates each citizen under the previous version and the new one on the new one's first day
-- and records every citizen whose outcome changed, for officers to act on. Recording is idempotent per citizen, so a
-- batch run twice records nothing twice.
CREATE TABLE recheck_change (
    id           bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    programme_id uuid         NOT NULL REFERENCES benefit_programme (id),
    rule_version integer      NOT NULL,
    citizen_id   uuid         NOT NULL REFERENCES citizen (id),
    as_of        date         NOT NULL,
    before       varchar(12)  NOT NULL,
    after        varchar(12)  NOT NULL,
    change       varchar(20)  NOT NULL CHECK (change IN ('BECAME_ELIGIBLE', 'LOST_ELIGIBILITY', 'OUTCOME_CHANGED')),
    recorded_at  timestamptz  NOT NULL,
    recorded_by  varchar(200) NOT NULL,
    UNIQUE (programme_id, rule_version, citizen_id)
);
