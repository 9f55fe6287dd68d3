-- Optimistic concurrency for changes through the admin API (ETag / If-Match).
alter table account add column version bigint not null default 1;
create index account_role_role on account_role (role);
