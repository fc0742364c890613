-- What happened: milestones and progress reports of registry projects. Project and programme ids are
-- the registry's; targets are never copied here (they are read from the registry when figures are made).

CREATE TABLE milestone (
    id           uuid         PRIMARY KEY,
    project_id   uuid         NOT NULL,
    programme_id uuid         NOT NULL,
    code         varchar(40)  NOT NULL,
    name         varchar(200),
    planned_date date,
    actual_date  date,
    version      bigint       NOT NULL DEFAULT 0,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL,
    UNIQUE (project_id, code)
);
CREATE INDEX milestone_programme_idx ON milestone (programme_id);

CREATE TABLE report (
    id               uuid          PRIMARY KEY,
    project_id       uuid          NOT NULL,
    programme_id     uuid          NOT NULL,
    as_of            date          NOT NULL,
    percent_complete numeric(5, 2) CHECK (percent_complete BETWEEN 0 AND 100),
    narrative        text,
    reporter         varchar(200)  NOT NULL,
    state            varchar(12)   NOT NULL CHECK (state IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'SUPERSEDED')),
    supersedes_id    uuid          REFERENCES report (id),
    submitted_at     timestamptz,
    decided_at       timestamptz,
    decided_by       varchar(200),
    return_comment   varchar(2000),
    version          bigint        NOT NULL DEFAULT 0,
    created_at       timestamptz   NOT NULL,
    updated_at       timestamptz   NOT NULL
);
CREATE INDEX report_project_idx ON report (project_id, as_of);
-- The figures only ever read approved reports, newest period first.
CREATE INDEX report_approved_idx ON report (programme_id, project_id, as_of DESC) WHERE state = 'APPROVED';
-- A report is corrected at most once; the correction supersedes it when approved.
CREATE UNIQUE INDEX report_supersedes_once_idx ON report (supersedes_id) WHERE state <> 'RETURNED';

CREATE TABLE report_actual (
    report_id     uuid           NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    indicator_key varchar(40)    NOT NULL,
    value         numeric(18, 4) NOT NULL CHECK (value >= 0),
    PRIMARY KEY (report_id, indicator_key)
);

CREATE TABLE report_evidence (
    report_id uuid          NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    position  integer       NOT NULL,
    url       varchar(2000) NOT NULL,
    PRIMARY KEY (report_id, position)
);
