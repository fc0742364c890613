-- 督办 notices (README "Supervision notices"): issued automatically when a project turns delayed or reaches the worst
-- light, or by hand by a reviewer or admin, to the project's lead department, with a due date.
CREATE TABLE supervision_notice (
    id               uuid          PRIMARY KEY,
    project_id       uuid          NOT NULL,
    programme_id     uuid          NOT NULL,
    department_id    uuid          NOT NULL,
    origin           varchar(12)   NOT NULL CHECK (origin IN ('AUTOMATIC', 'MANUAL')),
    reason           varchar(2000) NOT NULL,
    state            varchar(12)   NOT NULL CHECK (state IN ('OPEN', 'REPLIED', 'ESCALATED', 'CLOSED')),
    issued_by        varchar(200)  NOT NULL,
    issued_on        date          NOT NULL,
    due_date         date          NOT NULL CHECK (due_date >= issued_on),
    measures         varchar(4000),
    replied_by       varchar(200),
    replied_at       timestamptz,
    decision_comment varchar(2000),
    decided_by       varchar(200),
    closed_on        date,
    extensions       integer       NOT NULL DEFAULT 0,
    version          bigint        NOT NULL DEFAULT 0,
    created_at       timestamptz   NOT NULL,
    updated_at       timestamptz   NOT NULL
);
CREATE INDEX supervision_notice_programme_idx ON supervision_notice (programme_id, issued_on);
CREATE INDEX supervision_notice_project_idx ON supervision_notice (project_id, issued_on);
-- At most one unresolved automatic notice per project: a second turn to red while one is open issues none.
CREATE UNIQUE INDEX supervision_notice_one_automatic_idx ON supervision_notice (project_id)
    WHERE origin = 'AUTOMATIC' AND state <> 'CLOSED';

CREATE TABLE supervision_notice_evidence (
    notice_id uuid          NOT NULL REFERENCES supervision_notice (id) ON DELETE CASCADE,
    position  integer       NOT NULL,
    url       varchar(2000) NOT NULL,
    PRIMARY KEY (notice_id, position)
);
