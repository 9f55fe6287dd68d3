-- A service's copy of the federation organisations, kept from org-service's compacted
-- org.organizations topic. "if not exists": services that created this table in their own
-- migrations adopt it unchanged.
create table if not exists organization_copy (
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
create index if not exists organization_copy_town on organization_copy (town_code);
