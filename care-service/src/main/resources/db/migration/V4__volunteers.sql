-- Caring mothers and helpers. Their personal data (name, phone, ID number, address) is sealed
-- under a data key of their own, like a child's. Home coordinates are kept rounded to about a
-- kilometre: enough for proximity, not an address.
create table caring_mother (
    id                      uuid primary key,
    person_id               uuid unique,
    account_subject         text unique,
    personal_sealed         bytea not null,
    phone_hash              text,
    id_number_hash          text unique,
    skills                  text[] not null,
    town_code               text not null,
    village_id              uuid,
    latitude                numeric(7, 2),
    longitude               numeric(7, 2),
    capacity                integer not null check (capacity between 1 and 10),
    availability            text[] not null,
    preferred_age_min       integer,
    preferred_age_max       integer,
    safeguarding_checked_on date,
    status                  text not null,
    status_effective_on     date not null,
    registered_on           date not null,
    version                 bigint not null
);
create index caring_mother_town_status on caring_mother (town_code, status);
create index caring_mother_phone_hash on caring_mother (phone_hash);
create index caring_mother_registered_on on caring_mother (registered_on);

-- Every status change with the day it takes effect: the statistics read who was registered and
-- not withdrawn on any day from here.
create table caring_mother_status_change (
    id           uuid primary key,
    mother_id    uuid not null references caring_mother (id),
    status       text not null,
    effective_on date not null,
    reason       text,
    recorded_at  timestamptz not null default now()
);
create index caring_mother_status_change_mother on caring_mother_status_change (mother_id, effective_on);
create index caring_mother_status_change_withdrawn on caring_mother_status_change (effective_on) where status = 'WITHDRAWN';

-- Completions of CARING_MOTHER courses from training, by person id: a mother registered later
-- with that person id is certified from the start.
create table caring_mother_certification (
    person_id    uuid primary key,
    completed_on date not null,
    course_id    uuid not null
);

create table helper (
    id              uuid primary key,
    kind            text not null,
    account_subject text unique,
    personal_sealed bytea not null,
    phone_hash      text,
    town_code       text not null,
    registered_on   date not null,
    left_on         date,
    version         bigint not null
);
create index helper_town on helper (town_code);

create table helper_attachment (
    id          uuid primary key,
    helper_id   uuid not null references helper (id),
    mother_id   uuid references caring_mother (id),
    child_id    uuid references child (id),
    attached_on date not null,
    detached_on date,
    check ((mother_id is null) <> (child_id is null))
);
create index helper_attachment_helper on helper_attachment (helper_id) where detached_on is null;
create index helper_attachment_mother on helper_attachment (mother_id);
create index helper_attachment_child on helper_attachment (child_id);
