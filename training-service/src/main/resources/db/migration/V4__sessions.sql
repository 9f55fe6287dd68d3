-- The sessions of a course. Rules about time use the session's own dates, so past sessions can
-- be recorded (held, with their viewers when online) when a federation loads its earlier years.
create table course_session (
    id           uuid primary key,
    course_id    uuid not null references course (id),
    starts_at    timestamptz not null,
    ends_at      timestamptz not null,
    online       boolean not null,
    place        text,
    capacity     integer not null check (capacity between 1 and 100000),
    trainer      text,
    status       text not null check (status in ('PLANNED', 'OPEN', 'HELD', 'CANCELLED')),
    viewer_count integer check (viewer_count >= 0),
    version      bigint not null default 1,
    check (ends_at > starts_at),
    check (online or place is not null),
    check (viewer_count is null or (online and status = 'HELD'))
);
create index course_session_course on course_session (course_id, starts_at);
create index course_session_status_start on course_session (status, starts_at);
