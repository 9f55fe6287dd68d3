-- Workshops (共富工坊) and outsourced-processing points, in a town and village, hosted by a
-- federation organisation; open from one date, closed on another.
create table workshop (
    id                   uuid primary key,
    name_zh              text not null,
    kind                 text not null check (kind in ('WORKSHOP', 'PROCESSING_POINT')),
    host_organization_id uuid,
    town_code            text not null,
    village_id           uuid,
    products             text[] not null default '{}',
    opened_on            date not null,
    closed_on            date,
    version              bigint not null default 1,
    check (closed_on is null or closed_on >= opened_on)
);
create index workshop_town on workshop (town_code, opened_on);
