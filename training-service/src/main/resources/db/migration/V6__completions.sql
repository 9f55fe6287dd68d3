-- The completion rule of each course, the completions it gives, and their certificates. A
-- certificate number reads YK-TRN-<year>-<sequence>; each year's sequence is a counter row.
alter table course add column required_attendances integer not null default 1 check (required_attendances between 1 and 1000);

create table completion (
    id                 uuid primary key,
    course_id          uuid not null references course (id),
    person_id          uuid not null references person (id),
    completed_on       date not null,
    certificate_number text not null unique,
    issued_on          date not null,
    unique (course_id, person_id)
);
create index completion_person on completion (person_id);

create table certificate_counter (
    year integer primary key,
    last integer not null
);
