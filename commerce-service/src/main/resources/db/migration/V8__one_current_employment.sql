-- A woman holds one current employment per workshop; the workshop row is locked while one is
-- recorded, and this index is the last line of defence.
create unique index employment_current_once on employment (workshop_id, coalesce(person_id, worker_id)) where ended_on is null;
