-- commerce-service's own copies of org-service's reference data (ADR 7), kept by the shared
-- listeners of messaging (org.jinguo.messaging.reference) from the compacted topics.

-- The regions, from org.regions: workshops are in a town and village.
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

-- The federation organisations, from org.organizations: a workshop's host organisation.
create table organization_copy (
    id           uuid primary key,
    type         text not null,
    name_zh      text not null,
    name_en      text,
    industry     text,
    town_code    text,
    village_id   uuid,
    parent_id    uuid,
    prepared_on  date,
    founded_on   date,
    dissolved_on date,
    revision     bigint not null
);
create index organization_copy_town on organization_copy (town_code);
