-- Enrolments in a session. The waiting list is the WAITING rows in the order they were asked
-- for (requested_at, then id). A person holds at most one live enrolment per session; the
-- session row is locked while its roll changes, the unique index is the last line of defence.
create table enrolment (
    id            uuid primary key,
    session_id    uuid not null references course_session (id),
    person_id     uuid not null references person (id),
    status        text not null check (status in ('ENROLLED', 'WAITING', 'CANCELLED')),
    requested_at  timestamptz not null,
    placed_at     timestamptz,
    cancelled_at  timestamptz,
    checked_in_at timestamptz,
    version       bigint not null default 1,
    check (status <> 'ENROLLED' or placed_at is not null),
    check (status <> 'WAITING' or placed_at is null),
    check ((status = 'CANCELLED') = (cancelled_at is not null)),
    check (checked_in_at is null or status = 'ENROLLED')
);
create unique index enrolment_live_once on enrolment (session_id, person_id) where status <> 'CANCELLED';
create index enrolment_roll on enrolment (session_id, status, requested_at, id);
create index enrolment_person on enrolment (person_id);
