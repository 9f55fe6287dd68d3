-- Assistance and family services (DOMAIN §4): households served, hardship visits, family
-- activities, donations and their allocation, the women's wellbeing insurance, and
-- family-dispute mediation. Names, phones, addresses and notes are sealed per record, like a
-- child's; what the report counts stays in clear.
create table household (
    id              uuid primary key,
    town_code       text not null,
    village_id      uuid,
    new_resident    boolean not null,
    in_hardship     boolean not null,
    personal_sealed bytea not null,
    registered_on   date not null,
    version         bigint not null
);
create index household_town on household (town_code);

create table hardship_visit (
    id           uuid primary key,
    household_id uuid not null references household (id),
    visited_on   date not null,
    visited_by   text not null,
    support      text not null,
    notes_sealed bytea,
    town_code    text not null,
    recorded_at  timestamptz not null
);
create index hardship_visit_household on hardship_visit (household_id, visited_on);
create index hardship_visit_town_on on hardship_visit (town_code, visited_on);

create table family_activity (
    id                   uuid primary key,
    kind                 text not null,
    title                text not null,
    held_on              date not null,
    town_code            text,
    place                text,
    host_organization_id uuid,
    recorded_at          timestamptz not null
);
create index family_activity_town_held_on on family_activity (town_code, held_on);
create index family_activity_held_on on family_activity (held_on);

create table family_activity_household (
    activity_id  uuid not null references family_activity (id),
    household_id uuid not null references household (id),
    primary key (activity_id, household_id)
);
create index family_activity_household_household on family_activity_household (household_id);

create table donation (
    id          uuid primary key,
    kind        text not null,
    donor_name  text not null,
    donor_kind  text not null,
    description text not null,
    value_fen   bigint not null check (value_fen > 0),
    received_on date not null,
    town_code   text,
    recorded_at timestamptz not null
);
create index donation_received_on on donation (received_on, kind);
create index donation_town_received_on on donation (town_code, received_on);

create table donation_allocation (
    id           uuid primary key,
    donation_id  uuid not null references donation (id),
    child_id     uuid references child (id),
    household_id uuid references household (id),
    value_fen    bigint not null check (value_fen > 0),
    allocated_on date not null,
    check ((child_id is null) <> (household_id is null))
);
create index donation_allocation_donation on donation_allocation (donation_id);

create table insurance_programme (
    id                    uuid primary key,
    year                  integer not null unique,
    name                  text not null,
    premium_fen           bigint not null check (premium_fen > 0),
    income_limit_fen      bigint not null check (income_limit_fen > 0),
    min_age               integer not null,
    max_age               integer not null
);

create table insurance_enrolment (
    id                            uuid primary key,
    programme_id                  uuid not null references insurance_programme (id),
    person_id                     uuid,
    woman_hash                    text not null,
    personal_sealed               bytea not null,
    birth_year                    integer not null,
    monthly_income_per_capita_fen bigint not null,
    town_code                     text not null,
    status                        text not null,
    applied_on                    date not null,
    enrolled_on                   date,
    cover_ends_on                 date,
    rejection_reason              text,
    version                       bigint not null
);
create unique index insurance_enrolment_once_a_year on insurance_enrolment (programme_id, woman_hash) where status <> 'REJECTED';
create index insurance_enrolment_cover on insurance_enrolment (enrolled_on, cover_ends_on) where enrolled_on is not null;
create index insurance_enrolment_town on insurance_enrolment (town_code, status);

create sequence mediation_case_number_seq;

create table mediation_case (
    id              uuid primary key,
    case_number     text not null unique,
    kind            text not null,
    parties_sealed  bytea not null,
    town_code       text not null,
    opened_on       date not null,
    status          text not null,
    outcome         text,
    outcome_sealed  bytea,
    closed_on       date,
    version         bigint not null
);
create index mediation_case_town_opened_on on mediation_case (town_code, opened_on);
create index mediation_case_opened_on on mediation_case (opened_on);
