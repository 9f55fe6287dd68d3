-- Federation organisations: the tree (city -> town -> village) with industry federations and
-- federations inside units beside it.
create table organization (
    id                  uuid primary key,
    type                text not null check (type in ('CITY', 'TOWN', 'VILLAGE', 'INDUSTRY', 'UNIT')),
    name_zh             text not null,
    name_en             text,
    industry            text,
    town_code           text references town (code),
    village_id          uuid references village (id),
    parent_id           uuid references organization (id),
    address             text,
    -- The status on a day follows from these dates: preparing from prepared_on, active from
    -- founded_on, dissolved from dissolved_on.
    prepared_on         date,
    founded_on          date,
    dissolved_on        date,
    version             bigint not null default 1,
    check (prepared_on is not null or founded_on is not null),
    check (founded_on >= prepared_on),
    check (dissolved_on >= coalesce(founded_on, prepared_on)),
    check ((type = 'CITY') = (parent_id is null)),
    check (type <> 'CITY' or town_code is null),
    check (type not in ('TOWN', 'VILLAGE', 'UNIT') or town_code is not null),
    check (type <> 'VILLAGE' or village_id is not null),
    check ((type = 'INDUSTRY') = (industry is not null))
);
-- One city federation.
create unique index organization_one_city on organization ((true)) where type = 'CITY';
create index organization_parent on organization (parent_id);
create index organization_town_type on organization (town_code, type);
create index organization_type_dates on organization (type, founded_on, dissolved_on);
create index organization_name_zh_trgm on organization using gin (name_zh gin_trgm_ops);

-- The register of units in the three new domains.
create table unit (
    id              uuid primary key,
    name_zh         text not null,
    credit_code     text not null unique check (credit_code ~ '^[0-9A-HJ-NP-RTUWXY]{18}$'),
    domain          text not null check (domain in ('NEW_ECONOMIC_ORGANIZATION', 'NEW_SOCIAL_ORGANIZATION', 'NEW_EMPLOYMENT_GROUP')),
    industry        text not null,
    town_code       text not null references town (code),
    village_id      uuid references village (id),
    headcount       integer not null check (headcount >= 0),
    women_headcount integer not null check (women_headcount >= 0 and women_headcount <= headcount),
    registered_on   date not null,
    version         bigint not null default 1
);
create index unit_town_domain on unit (town_code, domain, registered_on);
create index unit_name_zh_trgm on unit using gin (name_zh gin_trgm_ops);
-- Lists in name order, and the units behind a report line of one domain, read a page without sorting them all.
create index unit_name_order on unit (name_zh, id);
create index unit_domain_name_order on unit (domain, name_zh, id);

create extension if not exists btree_gist;

-- Which organisation covers a unit, how and from when to when (both days included). History is
-- kept; a unit is covered by at most one organisation on any day.
create table coverage (
    id              uuid primary key,
    unit_id         uuid not null references unit (id),
    organization_id uuid not null references organization (id),
    mode            text not null check (mode in ('STANDALONE', 'INDUSTRY_WIDE', 'REGIONAL_JOINT')),
    -- The unit's town, which never changes: the report counts coverage by town without the unit table.
    town_code       text not null references town (code),
    started_on      date not null,
    ended_on        date,
    check (ended_on is null or ended_on >= started_on),
    exclude using gist (unit_id with =, daterange(started_on, ended_on, '[]') with &&)
);
create index coverage_organization on coverage (organization_id, ended_on);
create index coverage_unit on coverage (unit_id, started_on);
create index coverage_dates on coverage (started_on, ended_on) include (town_code, mode);

-- People holding posts in an organisation, with their terms.
create table cadre (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    name_zh         text not null,
    post            text not null check (post in ('CHAIR', 'VICE_CHAIR', 'EXECUTIVE_MEMBER', 'LIAISON')),
    phone           text check (phone ~ '^1[3-9][0-9]{9}$'),
    term_started_on date not null,
    term_ended_on   date,
    version         bigint not null default 1,
    check (term_ended_on is null or term_ended_on >= term_started_on)
);
create index cadre_organization on cadre (organization_id, term_ended_on);
