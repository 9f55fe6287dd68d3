-- Visits and service records by a caring mother or helper. Notes are sealed under the child's
-- data key, so erasing the case makes them unreadable too. The id may come from the (offline)
-- client: a replay of the same record is answered with the stored one; content_hash, a keyed
-- hash of the record's content, tells a replay from a different record under a used id.
create table visit (
    id               uuid primary key,
    child_id         uuid not null references child (id),
    mother_id        uuid references caring_mother (id),
    helper_id        uuid references helper (id),
    logged_by        text not null,
    kind             text not null,
    visited_on       date not null,
    duration_minutes integer not null check (duration_minutes between 1 and 1440),
    notes_sealed     bytea,
    town_code        text not null,
    recorded_at      timestamptz not null,
    content_hash     text not null
);
create index visit_child_visited_on on visit (child_id, visited_on);
create index visit_town_visited_on on visit (town_code, visited_on);
create index visit_visited_on on visit (visited_on);
