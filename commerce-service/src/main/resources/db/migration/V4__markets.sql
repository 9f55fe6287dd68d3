-- Market events: common-prosperity markets (MARKET) and the agricultural-expo food show (EXPO),
-- their stalls (a workshop or another vendor) and the sales at each stall. Totals are sums of
-- these rows, never stored. An external id makes a sale's recording idempotent per stall.
create table market_event (
    id        uuid primary key,
    kind      text not null check (kind in ('MARKET', 'EXPO')),
    name      text not null,
    held_on   date not null,
    ends_on   date,
    place     text not null,
    organizer text,
    town_code text,
    version   bigint not null default 1,
    check (ends_on is null or ends_on >= held_on)
);
create index market_event_held on market_event (kind, held_on, town_code);

create table stall (
    id          uuid primary key,
    event_id    uuid not null references market_event (id),
    workshop_id uuid references workshop (id),
    vendor_name text,
    check ((workshop_id is null) <> (vendor_name is null))
);
create unique index stall_workshop_once on stall (event_id, workshop_id) where workshop_id is not null;

create table stall_sale (
    id          uuid primary key,
    stall_id    uuid not null references stall (id),
    event_id    uuid not null references market_event (id),
    amount_fen  bigint not null check (amount_fen between 1 and 100000000),
    items       integer not null check (items between 0 and 1000000),
    external_id text,
    recorded_at timestamptz not null default now(),
    unique (stall_id, external_id)
);
create index stall_sale_event on stall_sale (event_id);
