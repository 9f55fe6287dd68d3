-- training's copy of commerce-service's workshops (from commerce.workshops), so an outcome can
-- name one; and the outcomes of training: employed or not, where, from when, income before and
-- after. "Women employed" and "average yearly income rise" are computed from these rows.
create table workshop_copy (
    id        uuid primary key,
    name_zh   text not null,
    kind      text not null,
    town_code text not null,
    village_id uuid,
    status    text not null,
    opened_on date not null,
    closed_on date,
    revision  bigint not null
);

create table outcome (
    id                        uuid primary key,
    person_id                 uuid not null references person (id),
    course_id                 uuid not null references course (id),
    employed                  boolean not null,
    workshop_id               uuid,
    workplace                 text,
    employment_id             uuid unique,
    started_on                date,
    ended_on                  date,
    monthly_income_before_fen bigint check (monthly_income_before_fen between 0 and 10000000),
    monthly_income_after_fen  bigint check (monthly_income_after_fen between 0 and 10000000),
    town_code                 text not null,
    recorded_at               timestamptz not null,
    version                   bigint not null default 1,
    check (employed = (started_on is not null)),
    check (employed or (workshop_id is null and workplace is null)),
    check (not employed or workshop_id is not null or workplace is not null)
);
create index outcome_person on outcome (person_id, course_id);
create index outcome_employed_start on outcome (started_on, town_code) where employed;
create index outcome_workshop on outcome (person_id, workshop_id) where employment_id is null;
