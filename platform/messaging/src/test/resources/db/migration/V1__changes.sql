-- Tables of the test application that proves the outbox and the inbox.
create table recorded_change (
    aggregate text    not null,
    sequence  integer not null,
    primary key (aggregate, sequence)
);

create table applied_change (
    position  bigserial primary key,
    aggregate text    not null,
    sequence  integer not null,
    event_id  uuid    not null
);

create table poison_cure (
    cured boolean not null
);
insert into poison_cure values (false);
