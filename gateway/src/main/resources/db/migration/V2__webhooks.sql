-- Webhooks (README "Webhooks"): an API client's subscriptions, one delivery row per subscription and event, and the
-- dispatcher's position in the merged change feed.
CREATE TABLE webhook (
    id         uuid          PRIMARY KEY,
    client_id  uuid          NOT NULL REFERENCES api_client (id),
    url        varchar(2000) NOT NULL,
    -- space-separated event types or prefixes ("project.*")
    events     varchar(1000) NOT NULL,
    -- the HMAC-SHA256 signing secret, shown once at registration; kept in plain text, as the gateway must sign with it
    secret     varchar(60)   NOT NULL,
    created_at timestamptz   NOT NULL
);
CREATE INDEX webhook_client_idx ON webhook (client_id);

CREATE TABLE webhook_delivery (
    id               uuid         PRIMARY KEY,
    webhook_id       uuid         NOT NULL REFERENCES webhook (id) ON DELETE CASCADE,
    event_id         varchar(30)  NOT NULL,
    event_type       varchar(40)  NOT NULL,
    -- the exact body sent on every attempt
    payload          text         NOT NULL,
    state            varchar(10)  NOT NULL CHECK (state IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer      NOT NULL DEFAULT 0,
    last_status      integer,
    last_error       varchar(500),
    created_at       timestamptz  NOT NULL,
    first_attempt_at timestamptz,
    next_attempt_at  timestamptz,
    delivered_at     timestamptz,
    -- exactly once per subscription and event
    UNIQUE (webhook_id, event_id)
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX webhook_delivery_log_idx ON webhook_delivery (webhook_id, created_at DESC);

-- Where the dispatcher stands in the merged feed; null until the first webhook is registered (it starts at the head).
CREATE TABLE webhook_feed (
    id     boolean     PRIMARY KEY DEFAULT true CHECK (id),
    cursor varchar(41)
);
INSERT INTO webhook_feed (id, cursor) VALUES (true, NULL);
