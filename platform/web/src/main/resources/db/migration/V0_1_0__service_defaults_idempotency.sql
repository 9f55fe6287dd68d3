-- Responses to creating requests that carried an Idempotency-Key, kept per client for a day so
-- a retried request gets the first answer instead of a second effect.
create table idempotency_record (
    client_id        text        not null,
    idempotency_key  text        not null,
    request_hash     text        not null,
    -- The request processing the key; only it may complete or free the claim.
    owner            uuid        not null,
    state            text        not null check (state in ('IN_PROGRESS', 'COMPLETED')),
    response_status  integer,
    response_headers jsonb,
    response_body    bytea,
    created_at       timestamptz not null default now(),
    expires_at       timestamptz not null,
    primary key (client_id, idempotency_key)
);
create index idempotency_record_expires_at on idempotency_record (expires_at);
