-- The academy's courses. The host organisation is one of training's copy of org-service's
-- organisations (not a foreign key: the copy can be rebuilt). No town: a city-wide course.
create table course (
    id                   uuid primary key,
    title                text not null,
    series               text,
    category             text not null check (category in ('SKILLS', 'ENTREPRENEURSHIP', 'FAMILY_EDUCATION', 'CADRE', 'INTEGRITY', 'OTHER')),
    programme_code       text check (programme_code ~ '^[A-Z][A-Z0-9_]*$'),
    description          text,
    host_organization_id uuid not null,
    town_code            text,
    version              bigint not null default 1
);
create index course_category_town on course (category, town_code);
create index course_series on course (series);
create index course_programme on course (programme_code);
create extension if not exists pg_trgm;
create index course_title_trgm on course using gin (title gin_trgm_ops);
