-- The registry: what a city promised. Money is numeric(16,2) CNY; every updatable row has a version
-- for optimistic locking (ETag / If-Match).

CREATE TABLE region (
    code        varchar(12)  PRIMARY KEY,
    name_zh     varchar(100) NOT NULL,
    name_en     varchar(200),
    level       varchar(10)  NOT NULL CHECK (level IN ('PROVINCE', 'CITY', 'COUNTY')),
    parent_code varchar(12)  REFERENCES region (code),
    version     bigint       NOT NULL DEFAULT 0
);
CREATE INDEX region_parent_idx ON region (parent_code);

CREATE TABLE department (
    id          uuid         PRIMARY KEY,
    code        varchar(40)  NOT NULL UNIQUE,
    name        varchar(200) NOT NULL,
    region_code varchar(12)  NOT NULL REFERENCES region (code),
    version     bigint       NOT NULL DEFAULT 0
);
CREATE INDEX department_region_idx ON department (region_code);

CREATE TABLE programme (
    id                       uuid          PRIMARY KEY,
    region_code              varchar(12)   NOT NULL REFERENCES region (code),
    year                     integer       NOT NULL,
    title                    varchar(300)  NOT NULL,
    approval_basis           varchar(1000),
    approval_date            date,
    state                    varchar(10)   NOT NULL CHECK (state IN ('DRAFT', 'PUBLISHED', 'CLOSED')),
    planned_total_investment numeric(16, 2) CHECK (planned_total_investment >= 0),
    planned_project_count    integer       CHECK (planned_project_count >= 0),
    source_note              text,
    version                  bigint        NOT NULL DEFAULT 0,
    created_at               timestamptz   NOT NULL DEFAULT now(),
    updated_at               timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX programme_region_year_idx ON programme (region_code, year);

CREATE TABLE programme_domain (
    programme_id uuid         NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    position     integer      NOT NULL,
    code         varchar(32)  NOT NULL,
    name         varchar(100) NOT NULL,
    PRIMARY KEY (programme_id, code)
);

-- Chinese has no spaces between words, so text search indexes every character and every pair of
-- adjacent characters (the usual CJK bigram scheme): q=食堂 is the array lookup {食堂} in a GIN index,
-- then a substring recheck on the few rows found.
CREATE FUNCTION search_grams(t text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
$$
SELECT coalesce(array_agg(DISTINCT g), '{}')
FROM (SELECT substr(lower(t), i, 1) AS g FROM generate_series(1, length(t)) AS i
      UNION ALL
      SELECT substr(lower(t), i, 2) FROM generate_series(1, length(t) - 1) AS i) grams
WHERE g !~ '\s'
$$;

-- What a query must contain: its pairs of characters, or the character itself for a one-character query.
CREATE FUNCTION search_query_grams(q text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
$$
SELECT CASE WHEN length(q) = 1 THEN ARRAY[lower(q)]
            ELSE coalesce((SELECT array_agg(DISTINCT substr(lower(q), i, 2))
                           FROM generate_series(1, length(q) - 1) AS i
                           WHERE substr(q, i, 2) !~ '\s'), '{}') END
$$;

CREATE TABLE project (
    id                 uuid           PRIMARY KEY,
    programme_id       uuid           NOT NULL REFERENCES programme (id),
    code               varchar(40)    NOT NULL,
    title              varchar(300)   NOT NULL,
    title_en           varchar(300),
    description        text,
    domain_code        varchar(32)    NOT NULL,
    lead_department_id uuid           NOT NULL REFERENCES department (id),
    planned_investment numeric(16, 2) CHECK (planned_investment >= 0),
    planned_start      date,
    planned_end        date,
    latitude           numeric(9, 6),
    longitude          numeric(9, 6),
    address            varchar(300),
    state              varchar(10)    NOT NULL CHECK (state IN ('ACTIVE', 'ADJUSTED', 'CANCELLED')),
    cancel_reason      varchar(1000),
    version            bigint         NOT NULL DEFAULT 0,
    created_at         timestamptz    NOT NULL DEFAULT now(),
    updated_at         timestamptz    NOT NULL DEFAULT now(),
    search             text[]         GENERATED ALWAYS AS
                           (search_grams(title || ' ' || coalesce(title_en, '') || ' ' || coalesce(description, ''))) STORED,
    UNIQUE (programme_id, code),
    -- Deferred so that a programme can rewrite its taxonomy in one transaction.
    FOREIGN KEY (programme_id, domain_code) REFERENCES programme_domain (programme_id, code) DEFERRABLE INITIALLY DEFERRED,
    CHECK (planned_end IS NULL OR planned_start IS NULL OR planned_end >= planned_start)
);
CREATE INDEX project_programme_idx ON project (programme_id);
CREATE INDEX project_lead_department_idx ON project (lead_department_id);
-- fastupdate off: a GIN pending list must be scanned whole by every search until VACUUM merges it,
-- which made the planner (rightly) prefer a sequential scan after bulk imports.
CREATE INDEX project_search_idx ON project USING gin (search) WITH (fastupdate = off);

CREATE TABLE project_co_department (
    project_id    uuid NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    department_id uuid NOT NULL REFERENCES department (id),
    PRIMARY KEY (project_id, department_id)
);
CREATE INDEX project_co_department_department_idx ON project_co_department (department_id);

CREATE TABLE project_district (
    project_id  uuid        NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    region_code varchar(12) NOT NULL REFERENCES region (code),
    PRIMARY KEY (project_id, region_code)
);
CREATE INDEX project_district_region_idx ON project_district (region_code);

CREATE TABLE indicator (
    project_id uuid           NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    key        varchar(40)    NOT NULL,
    position   integer        NOT NULL,
    name       varchar(200)   NOT NULL,
    unit       varchar(20)    NOT NULL,
    baseline   numeric(18, 4) NOT NULL DEFAULT 0,
    target     numeric(18, 4) NOT NULL,
    direction  varchar(10)    NOT NULL CHECK (direction IN ('INCREASE', 'DECREASE')),
    cumulative boolean        NOT NULL,
    PRIMARY KEY (project_id, key)
);

CREATE TABLE project_change (
    id         bigserial     PRIMARY KEY,
    project_id uuid          NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    changed_at timestamptz   NOT NULL,
    changed_by varchar(200)  NOT NULL,
    field      varchar(100)  NOT NULL,
    old_value  text,
    new_value  text,
    reason     varchar(1000)
);
CREATE INDEX project_change_project_idx ON project_change (project_id, changed_at);
