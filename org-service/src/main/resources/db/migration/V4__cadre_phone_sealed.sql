-- A cadre's phone is sealed under the cadre's data key (the vault of platform/protection), with
-- its masked form beside it; the clear column is emptied by the conversion at start-up
-- (CadresBeforeDataKeysRepository) and no longer written.
alter table cadre add column phone_sealed bytea;
alter table cadre add column phone_masked text;
