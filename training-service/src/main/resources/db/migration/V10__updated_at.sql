-- When a session or an enrolment last changed, so that a mobile client syncs only what changed
-- since its last sync (lists take updatedSince). Set by the database on every update, whichever
-- statement makes it.
create function touch_updated_at() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;

alter table course_session add column updated_at timestamptz not null default now();
create trigger course_session_touched before update on course_session for each row execute function touch_updated_at();

alter table enrolment add column updated_at timestamptz not null default now();
create trigger enrolment_touched before update on enrolment for each row execute function touch_updated_at();
-- A session's places taken change with its enrolments: the sessions list asks for those too.
create index enrolment_session_updated_at on enrolment (session_id, updated_at);
