-- Supply and demand: buyers' demands, workshops' declared capacities per period, and the
-- allocations staff choose from a proposal, tracked to fulfilment. What a capacity still has is
-- its units less the units of its allocations that are not cancelled.
create table demand (
    id                  uuid primary key,
    buyer               text not null,
    product_id          uuid not null references product (id),
    quantity            integer not null check (quantity between 1 and 10000000),
    deadline            date not null,
    preferred_town_code text,
    posted_on           date not null,
    version             bigint not null default 1
);
create index demand_posted on demand (posted_on);

create table capacity (
    id           uuid primary key,
    workshop_id  uuid not null references workshop (id),
    product_id   uuid not null references product (id),
    town_code    text not null,
    period_start date not null,
    period_end   date not null,
    units        integer not null check (units between 1 and 10000000),
    check (period_end >= period_start)
);
create index capacity_product on capacity (product_id, period_end);

create table allocation (
    id           uuid primary key,
    demand_id    uuid not null references demand (id),
    capacity_id  uuid not null references capacity (id),
    workshop_id  uuid not null references workshop (id),
    units        integer not null check (units >= 1),
    status       text not null check (status in ('CHOSEN', 'FULFILLED', 'CANCELLED')),
    chosen_on    date not null,
    fulfilled_on date,
    version      bigint not null default 1,
    check ((status = 'FULFILLED') = (fulfilled_on is not null))
);
create index allocation_demand on allocation (demand_id);
create index allocation_capacity on allocation (capacity_id) where status <> 'CANCELLED';
