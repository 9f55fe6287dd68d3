-- A service's copy of commerce-service's workshops, kept from the compacted commerce.workshops
-- topic. "if not exists": training-service created this table in its own migrations and adopts
-- it unchanged.
create table if not exists workshop_copy (
    id         uuid primary key,
    name_zh    text not null,
    kind       text not null,
    town_code  text not null,
    village_id uuid,
    status     text not null,
    opened_on  date not null,
    closed_on  date,
    revision   bigint not null
);
