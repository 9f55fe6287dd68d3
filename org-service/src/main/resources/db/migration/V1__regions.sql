-- Towns (towns, sub-districts and the development zone) and the villages and communities under them.
create table town (
    code      text     primary key check (code ~ '^[A-Z][A-Z_]*$'),
    kind      text     not null check (kind in ('SUBDISTRICT', 'TOWN', 'ZONE')),
    name_zh   text     not null,
    name_en   text     not null,
    latitude  numeric(9, 6) check (latitude between -90 and 90),
    longitude numeric(9, 6) check (longitude between -180 and 180),
    version   bigint   not null default 1,
    check ((latitude is null) = (longitude is null))
);

-- Neighbouring towns, stored in both directions.
create table town_neighbor (
    town_code     text not null references town (code),
    neighbor_code text not null references town (code),
    primary key (town_code, neighbor_code),
    check (town_code <> neighbor_code)
);

create extension if not exists pg_trgm;

create table village (
    id         uuid     primary key,
    town_code  text     not null references town (code),
    kind       text     not null check (kind in ('VILLAGE', 'COMMUNITY')),
    name_zh    text     not null,
    name_en    text,
    latitude   numeric(9, 6) check (latitude between -90 and 90),
    longitude  numeric(9, 6) check (longitude between -180 and 180),
    status     text     not null check (status in ('ACTIVE', 'RETIRED')),
    retired_on date,
    version    bigint   not null default 1,
    check ((latitude is null) = (longitude is null)),
    check ((status = 'RETIRED') = (retired_on is not null))
);
-- The filters of GET /api/v1/regions/villages.
create index village_town_status on village (town_code, status);
create index village_kind on village (kind);
create index village_name_zh_trgm on village using gin (name_zh gin_trgm_ops);
create index village_name_en_trgm on village using gin (name_en gin_trgm_ops);
-- Two active villages of one town never share a name.
create unique index village_active_name on village (town_code, name_zh) where status = 'ACTIVE';
