-- Competitions: criteria with weights, judges (identity accounts), contestants (people),
-- awards by rank. One score per judge, contestant and criterion; once results are published the
-- placings are kept and the scores no longer change.
create table competition (
    id            uuid primary key,
    name          text not null,
    held_on       date not null,
    place         text not null,
    town_code     text,
    co_organizers text[] not null default '{}',
    status        text not null check (status in ('OPEN', 'PUBLISHED')),
    published_at  timestamptz,
    version       bigint not null default 1,
    check ((status = 'PUBLISHED') = (published_at is not null))
);
create index competition_held on competition (held_on, town_code);

create table competition_criterion (
    competition_id uuid not null references competition (id),
    code           text not null,
    name           text not null,
    weight         integer not null check (weight between 1 and 100),
    position       integer not null,
    primary key (competition_id, code)
);

create table competition_judge (
    competition_id uuid not null references competition (id),
    subject        text not null,
    name           text not null,
    primary key (competition_id, subject)
);

create table competition_award (
    competition_id uuid not null references competition (id),
    name           text not null,
    from_rank      integer not null check (from_rank >= 1),
    to_rank        integer not null,
    position       integer not null,
    primary key (competition_id, position),
    check (to_rank >= from_rank)
);

create table competition_contestant (
    competition_id uuid not null references competition (id),
    person_id      uuid not null references person (id),
    primary key (competition_id, person_id)
);

create table competition_score (
    competition_id uuid not null,
    judge_subject  text not null,
    person_id      uuid not null,
    criterion_code text not null,
    score          numeric(5, 2) not null check (score between 0 and 100),
    scored_at      timestamptz not null,
    primary key (competition_id, judge_subject, person_id, criterion_code),
    foreign key (competition_id, judge_subject) references competition_judge (competition_id, subject),
    foreign key (competition_id, person_id) references competition_contestant (competition_id, person_id),
    foreign key (competition_id, criterion_code) references competition_criterion (competition_id, code)
);

create table competition_placing (
    competition_id uuid not null references competition (id),
    person_id      uuid not null,
    rank           integer not null,
    total_score    numeric(6, 2) not null,
    award          text,
    primary key (competition_id, person_id)
);
