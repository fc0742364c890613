-- Figures as of a date in index probes per project (and per project and indicator), not in aggregates over every
-- approved report: the cost grows with the answer, not with the history.

-- The latest approved report of a project as of D: one probe (project_id = ? AND as_of <= D ORDER BY ... LIMIT 1).
CREATE INDEX report_latest_approved_idx ON report (project_id, as_of DESC, decided_at DESC) WHERE state = 'APPROVED';

-- The projects that have had an approved report, by programme: what a programme's figures probe. A row is never
-- removed (a correction keeps the project approved); its lock also serialises the ledger's upkeep per project.
CREATE TABLE figure_project (
    project_id   uuid PRIMARY KEY,
    programme_id uuid NOT NULL
);
CREATE INDEX figure_project_programme_idx ON figure_project (programme_id);

-- The indicators a project has had approved values for.
CREATE TABLE figure_series (
    project_id    uuid        NOT NULL REFERENCES figure_project (project_id),
    indicator_key varchar(40) NOT NULL,
    PRIMARY KEY (project_id, indicator_key)
);

-- The ledger: each approved report's values, with the running total of that project and indicator in the order
-- (as_of, decided_at, report_id), so the latest row as of D holds both the latest value and the sum up to D.
-- Kept by FigureLedger.approved in the approving transaction (a superseded report's rows leave it).
CREATE TABLE approved_figure (
    report_id     uuid           NOT NULL REFERENCES report (id),
    indicator_key varchar(40)    NOT NULL,
    project_id    uuid           NOT NULL,
    as_of         date           NOT NULL,
    decided_at    timestamptz,
    value         numeric(18, 4) NOT NULL,
    running_total numeric        NOT NULL,
    PRIMARY KEY (report_id, indicator_key)
);
CREATE INDEX approved_figure_latest_idx
    ON approved_figure (project_id, indicator_key, as_of DESC, decided_at DESC, report_id DESC)
    INCLUDE (value, running_total);

-- Rebuilds the ledger from the approved reports (this migration's backfill; data loaded by SQL, as the benchmark's,
-- calls it too).
CREATE FUNCTION rebuild_figure_ledger() RETURNS void LANGUAGE sql AS $$
    TRUNCATE approved_figure, figure_series, figure_project;
    INSERT INTO figure_project (project_id, programme_id)
    SELECT DISTINCT ON (project_id) project_id, programme_id
    FROM report
    WHERE state = 'APPROVED'
    ORDER BY project_id, as_of DESC, decided_at DESC;
    INSERT INTO approved_figure (report_id, indicator_key, project_id, as_of, decided_at, value, running_total)
    SELECT r.id, a.indicator_key, r.project_id, r.as_of, r.decided_at, a.value,
           sum(a.value) OVER (PARTITION BY r.project_id, a.indicator_key ORDER BY r.as_of, r.decided_at, r.id)
    FROM report r JOIN report_actual a ON a.report_id = r.id
    WHERE r.state = 'APPROVED';
    INSERT INTO figure_series (project_id, indicator_key)
    SELECT DISTINCT project_id, indicator_key FROM approved_figure;
$$;

SELECT rebuild_figure_ledger();
