-- The plan read model (README "Plan read model"): what this service needs of the registry's regions, departments,
-- programmes and projects, applied from the registry's change feed by PlanFeedConsumer. Summaries, statuses and
-- series read these tables and never call the registry while answering. Each row keeps the registry's version of
-- its entity: a change applies only over an older version, so replaying one has no effect.

CREATE TABLE plan_region (
    code        varchar(12)  PRIMARY KEY,
    version     bigint       NOT NULL,
    name_zh     varchar(200),
    name_en     varchar(200),
    parent_code varchar(12)
);

CREATE TABLE plan_department (
    id          uuid         PRIMARY KEY,
    version     bigint       NOT NULL,
    name        varchar(200)
);

-- data: the programme as the registry's GET answers it. plan_position: the newest feed position that changed the
-- programme, one of its projects, or a department or region one of them names: part of a summary's data version
-- (its ETag), so that a change elsewhere leaves this programme's summaries as they are.
CREATE TABLE plan_programme (
    id            uuid        PRIMARY KEY,
    version       bigint      NOT NULL,
    state         varchar(16) NOT NULL,
    data          jsonb       NOT NULL,
    plan_position bigint      NOT NULL DEFAULT 0
);

-- data: the project as the registry's GET answers it; null once deleted (the row stays as a tombstone, so that an
-- older version met later, by a re-sync or a direct check, cannot bring it back).
CREATE TABLE plan_project (
    id           uuid   PRIMARY KEY,
    version      bigint NOT NULL,
    programme_id uuid   NOT NULL,
    data         jsonb
);
CREATE INDEX plan_project_programme_idx ON plan_project (programme_id) WHERE data IS NOT NULL;

-- Where the consumer stands in the registry's feed (null before the first sync), written in the same transaction as
-- the rows it applied.
CREATE TABLE plan_feed (
    id        boolean     PRIMARY KEY DEFAULT true CHECK (id),
    position  bigint,
    -- when the consumer last read the feed to its end: the plan data was current then
    synced_at timestamptz
);
INSERT INTO plan_feed (id, position) VALUES (true, NULL);

-- A programme's local version: bumped in the transaction of every write that changes what its figures read
-- (approvals, milestones, a project a direct check remembered), the other half of a summary's data version.
CREATE TABLE programme_version (
    programme_id uuid   PRIMARY KEY,
    version      bigint NOT NULL
);
