-- Mentors and their cooperation agreements with villages or enterprises; the Women Entrepreneurs
-- Association's members, the "second generation" growth plan, and recommendations to outside
-- contests with their result.
create table mentor (
    id           uuid primary key,
    name_zh      text not null,
    expertise    text,
    organization text,
    town_code    text,
    person_id    uuid references person (id),
    joined_on    date not null,
    version      bigint not null default 1
);

create table agreement (
    id              uuid primary key,
    mentor_id       uuid not null references mentor (id),
    kind            text not null check (kind in ('PURCHASE_AND_SALE', 'BRAND_SHARING', 'PLAN_DESIGN')),
    party_kind      text not null check (party_kind in ('VILLAGE', 'ENTERPRISE')),
    village_id      uuid,
    enterprise_name text,
    town_code       text,
    signed_on       date not null,
    ends_on         date,
    terminated_on   date,
    summary         text,
    version         bigint not null default 1,
    check ((party_kind = 'VILLAGE') = (village_id is not null)),
    check ((party_kind = 'ENTERPRISE') = (enterprise_name is not null)),
    check (ends_on is null or ends_on >= signed_on),
    check (terminated_on is null or terminated_on >= signed_on)
);
create index agreement_signed on agreement (signed_on, town_code);
create index agreement_mentor on agreement (mentor_id);

create table entrepreneur (
    id                uuid primary key,
    name_zh           text not null,
    enterprise        text not null,
    industry          text,
    town_code         text,
    person_id         uuid references person (id),
    member_since      date not null,
    second_generation boolean not null default false,
    version           bigint not null default 1
);
create index entrepreneur_town on entrepreneur (town_code);

create table recommendation (
    id              uuid primary key,
    entrepreneur_id uuid not null references entrepreneur (id),
    contest         text not null,
    level           text not null check (level in ('YANGTZE_DELTA', 'PROVINCIAL', 'JINHUA', 'CITY', 'OTHER')),
    recommended_on  date not null,
    result          text not null check (result in ('PENDING', 'AWARDED', 'NOT_AWARDED')),
    award           text,
    decided_on      date,
    version         bigint not null default 1,
    check ((result = 'PENDING') = (decided_on is null)),
    check (decided_on is null or decided_on >= recommended_on)
);
create index recommendation_entrepreneur on recommendation (entrepreneur_id);
