-- When a child's case or a caring mother's record last changed, so that a mobile client syncs
-- only what changed since its last sync (lists take updatedSince). Set by the database on every
-- update, whichever statement makes it.
create function touch_updated_at() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;

alter table child add column updated_at timestamptz not null default now();
create trigger child_touched before update on child for each row execute function touch_updated_at();
create index child_updated_at on child (updated_at);

alter table caring_mother add column updated_at timestamptz not null default now();
create trigger caring_mother_touched before update on caring_mother for each row execute function touch_updated_at();
create index caring_mother_updated_at on caring_mother (updated_at);
