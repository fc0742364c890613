-- Sub-items: a project's children (泉州's "10 老旧小区改造示范项目"; "12 items with 19 sub-items"), each with its own
-- code, lead department, district, investment, indicators and an optional explicit weight for the parent's roll-up.
CREATE TABLE sub_item (
    id                 uuid           PRIMARY KEY,
    project_id         uuid           NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    code               varchar(40)    NOT NULL,
    title              varchar(300)   NOT NULL,
    lead_department_id uuid           NOT NULL REFERENCES department (id),
    district_code      varchar(12)    REFERENCES region (code),
    planned_investment numeric(16, 2) CHECK (planned_investment >= 0),
    weight             numeric(9, 4)  CHECK (weight > 0),
    version            bigint         NOT NULL DEFAULT 0,
    created_at         timestamptz    NOT NULL DEFAULT now(),
    updated_at         timestamptz    NOT NULL DEFAULT now(),
    UNIQUE (project_id, code)
);

CREATE TABLE sub_item_indicator (
    sub_item_id uuid           NOT NULL REFERENCES sub_item (id) ON DELETE CASCADE,
    key         varchar(40)    NOT NULL,
    position    integer        NOT NULL,
    name        varchar(200)   NOT NULL,
    unit        varchar(20)    NOT NULL,
    baseline    numeric(18, 4) NOT NULL DEFAULT 0,
    target      numeric(18, 4) NOT NULL,
    direction   varchar(10)    NOT NULL CHECK (direction IN ('INCREASE', 'DECREASE')),
    cumulative  boolean        NOT NULL,
    PRIMARY KEY (sub_item_id, key)
);
