-- Tiers and carry-over: a programme's tier is its region's level (province, city, county). A programme lists, without
-- copying, projects of other programmes that it also answers for: a provincial item a city carries out
-- (CARRIES_OUT), or an unfinished project of an earlier year continued as 续建 (CONTINUES), which keeps its one
-- identity (the same project row, id and history).
CREATE TABLE programme_link (
    programme_id uuid          NOT NULL REFERENCES programme (id),
    project_id   uuid          NOT NULL REFERENCES project (id),
    kind         varchar(12)   NOT NULL CHECK (kind IN ('CARRIES_OUT', 'CONTINUES')),
    note         varchar(1000),
    linked_by    varchar(200)  NOT NULL,
    linked_at    timestamptz   NOT NULL,
    PRIMARY KEY (programme_id, project_id)
);
CREATE INDEX programme_link_project_idx ON programme_link (project_id);
