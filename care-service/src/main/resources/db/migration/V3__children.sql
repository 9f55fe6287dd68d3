-- Children's cases. Personal data (name, ID number, address, phone, guardian, health notes) is
-- sealed in personal_sealed under the child's data key (V2); what stays readable is what the
-- programme and its statistics need: category, needs, birth year, place, status and consents.
create sequence child_case_number_seq;

create table child (
    id                           uuid primary key,
    case_number                  text not null unique,
    category                     text not null,
    daily_care_need              smallint,
    education_need               smallint,
    social_need                  smallint,
    birth_year                   integer not null,
    guardian_relation            text not null,
    school                       text,
    town_code                    text not null,
    village_id                   uuid,
    status                       text not null,
    registered_on                date not null,
    assessed_on                  date,
    closed_on                    date,
    close_reason                 text,
    service_consent_on           date,
    service_consent_withdrawn_on date,
    share_consent_on             date,
    share_consent_withdrawn_on   date,
    personal_sealed              bytea not null,
    id_number_hash               text unique,
    phone_hash                   text,
    erased_at                    timestamptz,
    version                      bigint not null
);
create index child_town_status on child (town_code, status);
create index child_status on child (status);
create index child_phone_hash on child (phone_hash);
create index child_registered_on on child (registered_on);
