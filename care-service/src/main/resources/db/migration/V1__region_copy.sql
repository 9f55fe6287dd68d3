-- care-service's own copy of the regions, rebuilt from org-service's compacted org.regions topic.
-- Matching needs towns with their coordinates and neighbours, and villages with theirs.
create table region_town (
    code      text primary key,
    kind      text not null,
    name_zh   text not null,
    name_en   text not null,
    latitude  numeric(9, 6),
    longitude numeric(9, 6),
    revision  bigint not null
);

create table region_town_neighbor (
    town_code     text not null references region_town (code) on delete cascade,
    neighbor_code text not null,
    primary key (town_code, neighbor_code)
);

create table region_village (
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
create index region_village_town on region_village (town_code);
