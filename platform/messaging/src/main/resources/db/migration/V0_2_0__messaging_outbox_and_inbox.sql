-- Transactional outbox: an event is written in the same transaction as the change it reports,
-- and relayed to Kafka afterwards. Rows are deleted once the broker has acknowledged them.
create table outbox_event (
    position    bigserial   primary key,
    event_id    uuid        not null unique,
    topic       text        not null,
    message_key text        not null,
    event_type  text        not null,
    subject     text        not null,
    occurred_at timestamptz not null,
    data        jsonb       not null,
    traceparent text,
    -- Events of one aggregate (one key) always fall in the same lane; a relay holds a lane's lock
    -- while it sends, so relays running at once never reorder an aggregate's events.
    lane        smallint    generated always as (hashtext(message_key) & 15) stored
);
create index outbox_event_lane_position on outbox_event (lane, position);

-- Idempotent inbox: one row per event a consumer has applied, written in the same transaction
-- as the effect, so a redelivered event changes nothing.
create table inbox_event (
    consumer     text        not null,
    event_id     uuid        not null,
    event_type   text        not null,
    topic        text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
create index inbox_event_processed_at on inbox_event (processed_at);
