-- The read stamp: one number that changes, atomically with the data, in every transaction that changes what a
-- project list can show (projects, their collections, programmes: state, year and region filter lists). The
-- registry keeps rendered list pages keyed by it (ProjectReads): a page rendered at stamp s is served only while the
-- stamp is still s, so a committed write is seen by the very next list read, by every replica.
-- A deferred constraint trigger bumps it once per transaction at commit time, so the row is locked only for the
-- last moment of a writing transaction (no deadlocks with row locks taken earlier, little contention).
CREATE TABLE read_stamp (
    id    boolean PRIMARY KEY DEFAULT true CHECK (id),
    value bigint  NOT NULL
);
INSERT INTO read_stamp VALUES (true, 0);

CREATE FUNCTION bump_read_stamp() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF current_setting('registry.read_stamp_bumped', true) IS DISTINCT FROM 'on' THEN
        UPDATE read_stamp SET value = value + 1;
        PERFORM set_config('registry.read_stamp_bumped', 'on', true); -- until the end of this transaction
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER project_read_stamp AFTER INSERT OR UPDATE OR DELETE ON project
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_read_stamp();
CREATE CONSTRAINT TRIGGER project_co_department_read_stamp AFTER INSERT OR UPDATE OR DELETE ON project_co_department
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_read_stamp();
CREATE CONSTRAINT TRIGGER project_district_read_stamp AFTER INSERT OR UPDATE OR DELETE ON project_district
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_read_stamp();
CREATE CONSTRAINT TRIGGER indicator_read_stamp AFTER INSERT OR UPDATE OR DELETE ON indicator
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_read_stamp();
CREATE CONSTRAINT TRIGGER programme_read_stamp AFTER INSERT OR UPDATE OR DELETE ON programme
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_read_stamp();
