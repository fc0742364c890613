-- Shared by every service (location db/common): one row per Idempotency-Key, written in the same
-- transaction as the resource the request created.
CREATE TABLE idempotency_record (
    scope             varchar(300) NOT NULL,
    idempotency_key   varchar(200) NOT NULL,
    request_hash      char(64)     NOT NULL,
    response_status   integer,
    response_body     text,
    response_location varchar(1000),
    response_etag     varchar(100),
    created_at        timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, idempotency_key)
);
