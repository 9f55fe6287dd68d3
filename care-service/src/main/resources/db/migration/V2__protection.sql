-- Envelope encryption (ARCHITECTURE §5): every protected record (a child, a caring mother, a
-- helper, a household, a mediation case) has a data key of its own, stored wrapped by a master
-- key whose id is kept beside it. A rotation re-wraps these rows and touches no record; erasure
-- destroys the row's key, after which the record's sealed personal data cannot be read again.
create table data_key (
    owner_id      uuid primary key,
    wrapped       bytea,
    master_key_id text,
    created_at    timestamptz not null default now(),
    destroyed_at  timestamptz,
    check ((wrapped is null) = (destroyed_at is not null)),
    check ((wrapped is null) = (master_key_id is null))
);
create index data_key_master_key on data_key (master_key_id) where wrapped is not null;

-- The key of the keyed hashes that find a record by ID number or phone: random, wrapped like a
-- data key, so hashes survive a master-key rotation unchanged.
create table lookup_key (
    id            smallint primary key check (id = 1),
    wrapped       bytea not null,
    master_key_id text not null
);

-- Every reveal of personal data in clear, with its stated purpose; append-only.
create table personal_data_access (
    id          uuid primary key,
    accessed_at timestamptz not null,
    subject     text not null,
    roles       text not null,
    record_type text not null,
    record_id   uuid not null,
    purpose     text not null
);
create index personal_data_access_record on personal_data_access (record_id, accessed_at);
create index personal_data_access_time on personal_data_access (accessed_at);

create function personal_data_access_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'personal_data_access is append-only';
end
$$;
create trigger personal_data_access_append_only before update or delete on personal_data_access
    for each statement execute function personal_data_access_append_only();

-- The federation organisations, from org.organizations: a family activity's host.
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
