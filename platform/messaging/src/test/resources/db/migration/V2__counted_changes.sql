-- What the test application's InboxListener applies: one row an event of the change type.
create table counted_change (
    aggregate text    not null,
    sequence  integer not null
);
