-- A service's copy of the regions, kept from org-service's compacted org.regions topic.
-- "if not exists": services that created these tables in their own first migration adopt them
-- unchanged.
create table if not exists region_town (
    code      text primary key,
    kind      text not null,
    name_zh   text not null,
    name_en   text not null,
    latitude  numeric(9, 6),
    longitude numeric(9, 6),
    revision  bigint not null
);

create table if not exists region_town_neighbor (
    town_code     text not null references region_town (code) on delete cascade,
    neighbor_code text not null,
    primary key (town_code, neighbor_code)
);

create table if not exists region_village (
    id         uuid primary key,
    town_code  text not null,
    kind       text not null,
    name_zh    text not null,
    name_en    text,
    latitude   numeric(9, 6),
    longitude  numeric(9, 6),
    status     text not null,
    retired_on date,
    revision   bigint not null
);
create index if not exists region_village_town on region_village (town_code);
