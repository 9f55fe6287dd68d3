-- People who log in through the front ends, with their roles; a town-scoped role names its town.
create table account (
    id            uuid        primary key,
    username      text        not null unique,
    password_hash text        not null,
    enabled       boolean     not null default true,
    created_at    timestamptz not null default now()
);

create table account_role (
    account_id uuid not null references account (id) on delete cascade,
    role       text not null,
    town_code  text,
    primary key (account_id, role)
);
