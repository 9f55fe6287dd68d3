-- Products and brands: "one town, one product" (a town's flagship: at most one per town), brand
-- names, and their honours (e.g. provincial awards) and designations (e.g. a provincial pilot),
-- each with its date.
create table brand (
    id                uuid primary key,
    name_zh           text not null unique,
    owner_workshop_id uuid references workshop (id),
    town_code         text,
    version           bigint not null default 1
);

create table product (
    id          uuid primary key,
    name_zh     text not null,
    town_code   text,
    brand_id    uuid references brand (id),
    flagship    boolean not null default false,
    description text,
    version     bigint not null default 1,
    check (not flagship or town_code is not null)
);
create unique index product_one_flagship_per_town on product (town_code) where flagship;
create index product_town on product (town_code);

create table recognition (
    id         uuid primary key,
    brand_id   uuid references brand (id),
    product_id uuid references product (id),
    kind       text not null check (kind in ('HONOUR', 'DESIGNATION')),
    title      text not null,
    level      text not null check (level in ('NATIONAL', 'PROVINCIAL', 'JINHUA', 'CITY', 'OTHER')),
    awarded_on date not null,
    check ((brand_id is null) <> (product_id is null))
);
create index recognition_brand on recognition (brand_id);
create index recognition_product on recognition (product_id);
