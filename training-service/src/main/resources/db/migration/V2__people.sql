-- The women who train. The phone and the resident ID number are stored encrypted under the
-- master key (AES-256-GCM), with a keyed hash for finding a person by them and a masked form for
-- lists; the clear values exist only in memory.
create table person (
    id                  uuid primary key,
    name_zh             text not null,
    phone_encrypted     bytea not null,
    phone_hash          text not null unique,
    phone_masked        text not null,
    id_number_encrypted bytea,
    id_number_hash      text unique,
    id_number_masked    text,
    town_code           text not null,
    village_id          uuid,
    birth_year          integer check (birth_year between 1900 and 2100),
    account_subject     text unique,
    version             bigint not null default 1,
    check ((id_number_encrypted is null) = (id_number_hash is null))
);
create index person_town_name on person (town_code, name_zh);
