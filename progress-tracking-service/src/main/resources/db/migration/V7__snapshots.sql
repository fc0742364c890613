-- 公示 snapshots (README "Published snapshots"): a programme's bulletin as of a date, published once and never
-- changed. content is the exact JSON whose SHA-256 is content_hash (text, not jsonb, so the bytes stay as hashed).
CREATE TABLE snapshot (
    id           uuid          PRIMARY KEY,
    programme_id uuid          NOT NULL,
    as_of        date          NOT NULL,
    note         varchar(2000),
    content      text          NOT NULL,
    content_hash varchar(64)   NOT NULL,
    published_by varchar(200)  NOT NULL,
    published_at timestamptz   NOT NULL
);
CREATE INDEX snapshot_programme_idx ON snapshot (programme_id, as_of);

-- Immutable in the database too: no code path, migration or console session changes a published snapshot.
CREATE FUNCTION snapshot_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'snapshot % is published and cannot be changed', OLD.id;
END
$$;
CREATE TRIGGER snapshot_is_immutable BEFORE UPDATE OR DELETE ON snapshot
    FOR EACH ROW EXECUTE FUNCTION snapshot_is_immutable();
