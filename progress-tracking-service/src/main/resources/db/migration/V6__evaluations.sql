-- 满意度测评 (README "Satisfaction evaluation"): the deputies' votes per project, graded by a versioned rule.
CREATE TABLE evaluation_rule (
    id             uuid        PRIMARY KEY,
    code           varchar(40) NOT NULL,
    version        integer     NOT NULL CHECK (version > 0),
    effective_from date        NOT NULL,
    description    varchar(2000),
    definition     jsonb       NOT NULL,
    created_at     timestamptz NOT NULL,
    UNIQUE (code, version)
);

-- 镇海's rule: a quorum is more than half the members; 满意 when 满意 votes exceed half the members, 基本满意 when
-- 满意 + 基本满意 exceed half, else 不满意.
INSERT INTO evaluation_rule (id, code, version, effective_from, description, definition, created_at) VALUES (
    '6a1e0c3b-9d2f-4b7a-8e5c-0f1d2c3b4a59', 'zhenhai', 1, DATE '2000-01-01',
    '镇海: 满意 when 满意 votes exceed half the members, 基本满意 when 满意 + 基本满意 exceed half, else 不满意',
    '{"quorum": {"of": "MEMBERS", "moreThan": 0.5},
      "grades": [
        {"grade": "SATISFIED", "counts": ["SATISFIED"], "of": "MEMBERS", "moreThan": 0.5},
        {"grade": "BASICALLY_SATISFIED", "counts": ["SATISFIED", "BASICALLY_SATISFIED"], "of": "MEMBERS", "moreThan": 0.5}
      ],
      "otherwise": "NOT_SATISFIED"}',
    now());

CREATE TABLE evaluation (
    id            uuid          PRIMARY KEY,
    programme_id  uuid          NOT NULL,
    held_on       date          NOT NULL,
    members       integer       NOT NULL CHECK (members > 0),
    present       integer       NOT NULL CHECK (present BETWEEN 0 AND members),
    rule_id       uuid          NOT NULL REFERENCES evaluation_rule (id),
    illustrative  boolean       NOT NULL DEFAULT false,
    note          varchar(2000),
    created_by    varchar(200)  NOT NULL,
    created_at    timestamptz   NOT NULL
);
CREATE INDEX evaluation_programme_idx ON evaluation (programme_id, held_on);

CREATE TABLE evaluation_tally (
    evaluation_id       uuid        NOT NULL REFERENCES evaluation (id) ON DELETE CASCADE,
    project_id          uuid        NOT NULL,
    position            integer     NOT NULL,
    satisfied           integer     NOT NULL CHECK (satisfied >= 0),
    basically_satisfied integer     NOT NULL CHECK (basically_satisfied >= 0),
    dissatisfied        integer     NOT NULL CHECK (dissatisfied >= 0),
    abstained           integer     NOT NULL CHECK (abstained >= 0),
    grade               varchar(24) NOT NULL,
    PRIMARY KEY (evaluation_id, project_id)
);
