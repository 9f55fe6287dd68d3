-- Lock-out after repeated failed logins.
alter table account add column failed_logins integer not null default 0;
alter table account add column locked_until timestamptz;
