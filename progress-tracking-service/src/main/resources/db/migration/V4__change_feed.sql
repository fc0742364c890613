-- The change feed (README "Change feed"): reports approved or returned, milestones met and project statuses changed,
-- in commit order. The same shape as the registry's (common's ChangeLog reads and writes both): positions come from
-- the sequence while the writer holds a transaction-scoped advisory lock, so a reader never sees a gap fill later.
CREATE SEQUENCE change_event_position;

CREATE TABLE change_event (
    position     bigint      PRIMARY KEY,
    type         varchar(40) NOT NULL,
    entity_id    varchar(40) NOT NULL,
    version      bigint      NOT NULL,
    recorded_at  timestamptz NOT NULL,
    -- the programme whose read rules apply (API clients see only published ones)
    programme_id uuid,
    -- the public representation after the change (as a GET returns it)
    data         json
);

CREATE INDEX change_event_recorded_at_idx ON change_event (recorded_at);

-- The highest position the retention purge has deleted: a cursor below it has missed changes (410).
CREATE TABLE change_feed_horizon (
    id             boolean PRIMARY KEY DEFAULT true CHECK (id),
    purged_through bigint  NOT NULL
);

INSERT INTO change_feed_horizon (id, purged_through) VALUES (true, 0);
