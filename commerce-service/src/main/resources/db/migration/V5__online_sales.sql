-- Online sales: the brand matrix's livestream accounts (owned by a workshop or a brand, with the
-- partner clients authorised to post their sales), livestream sessions, and the sales and refunds
-- of each session, each counted by its own date. An account's town is its workshop's (none for a
-- brand's); sale and refund rows carry it for the report. External ids are unique per account,
-- so a record seen before is never counted twice; a batch id answers a retried batch as before.
create table livestream_account (
    id                uuid primary key,
    platform          text not null check (platform in ('DOUYIN', 'KUAISHOU', 'WECHAT_CHANNELS', 'TAOBAO', 'OTHER')),
    account_name      text not null,
    owner_workshop_id uuid references workshop (id),
    owner_brand       text,
    town_code         text,
    version           bigint not null default 1,
    check ((owner_workshop_id is null) <> (owner_brand is null)),
    unique (platform, account_name)
);

create table account_partner (
    account_id uuid not null references livestream_account (id),
    client_id  text not null,
    primary key (account_id, client_id)
);
create index account_partner_client on account_partner (client_id);

create table livestream_session (
    id         uuid primary key,
    account_id uuid not null references livestream_account (id),
    host       text not null,
    starts_at  timestamptz not null,
    ends_at    timestamptz not null,
    version    bigint not null default 1,
    check (ends_at > starts_at)
);
create index livestream_session_account on livestream_session (account_id, starts_at);

create table online_sale (
    id          uuid primary key,
    account_id  uuid not null references livestream_account (id),
    session_id  uuid not null references livestream_session (id),
    external_id text not null,
    kind        text not null check (kind in ('SALE', 'REFUND')),
    amount_fen  bigint not null check (amount_fen between 1 and 100000000),
    items       integer not null check (items between 0 and 1000000),
    occurred_on date not null,
    town_code   text,
    batch_id    uuid,
    unique (account_id, external_id)
);
create index online_sale_period on online_sale (occurred_on, kind, town_code);
create index online_sale_session on online_sale (session_id);

create table sales_batch (
    batch_id    uuid primary key,
    client      text not null,
    body_hash   text not null,
    response    jsonb not null,
    received_at timestamptz not null default now()
);
