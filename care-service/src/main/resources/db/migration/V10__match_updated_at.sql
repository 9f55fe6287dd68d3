-- When a match last changed (proposed, decided, ended), so that a caring mother's app and staff
-- sync only what changed since their last sync; kept by the trigger of V9 on every update.
alter table care_match add column updated_at timestamptz not null default now();
create trigger care_match_touched before update on care_match for each row execute function touch_updated_at();
create index care_match_updated_at on care_match (updated_at);
