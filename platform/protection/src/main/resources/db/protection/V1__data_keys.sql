-- Envelope encryption: every protected record has a data key of its own, stored wrapped by a
-- master key of the service's key ring, whose id is kept beside it. A rotation re-wraps these
-- rows and touches no record; erasure destroys the row's key, after which the record's sealed
-- personal data cannot be read again. care-service created these tables itself before this
-- module kept them: there they are adopted as they are.
create table if not exists data_key (
    owner_id      uuid primary key,
    wrapped       bytea,
    master_key_id text,
    created_at    timestamptz not null default now(),
    destroyed_at  timestamptz,
    check ((wrapped is null) = (destroyed_at is not null)),
    check ((wrapped is null) = (master_key_id is null))
);
create index if not exists data_key_master_key on data_key (master_key_id) where wrapped is not null;

-- The key of the keyed hashes that find a record by ID number or phone, wrapped like a data key,
-- so hashes survive a master-key rotation unchanged.
create table if not exists lookup_key (
    id            smallint primary key check (id = 1),
    wrapped       bytea not null,
    master_key_id text not null
);
