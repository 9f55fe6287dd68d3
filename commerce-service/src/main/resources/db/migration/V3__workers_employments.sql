-- Employment at a workshop: a woman who came through training (training's person id) or a
-- worker recorded here (name; phone encrypted, hashed for lookups, masked for lists). An
-- employment is linked to the training outcome it came from, once known.
create table worker (
    id              uuid primary key,
    name_zh         text not null,
    phone_encrypted bytea,
    phone_hash      text unique,
    phone_masked    text,
    town_code       text not null,
    version         bigint not null default 1
);

create table employment (
    id              uuid primary key,
    workshop_id     uuid not null references workshop (id),
    person_id       uuid,
    worker_id       uuid references worker (id),
    outcome_id      uuid unique,
    town_code       text not null,
    started_on      date not null,
    ended_on        date,
    monthly_pay_fen bigint check (monthly_pay_fen between 0 and 10000000),
    version         bigint not null default 1,
    check ((person_id is null) <> (worker_id is null)),
    check (ended_on is null or ended_on >= started_on)
);
create index employment_workshop on employment (workshop_id, started_on);
create index employment_person on employment (person_id, workshop_id) where person_id is not null;
create index employment_town_start on employment (town_code, started_on);
