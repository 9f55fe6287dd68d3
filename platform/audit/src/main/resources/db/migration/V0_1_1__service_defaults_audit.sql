-- Who changed what, when: one row per write, in the transaction of the write. Append-only: the
-- database itself refuses to change or remove a row, whoever asks.
create table audit_entry (
    id            bigserial   primary key,
    occurred_at   timestamptz not null default now(),
    actor         text        not null,
    actor_roles   text        not null,
    action        text        not null,
    resource_type text        not null,
    resource_id   text        not null,
    change        jsonb       not null,
    request_id    text
);
create index audit_entry_resource on audit_entry (resource_type, resource_id, id);
create index audit_entry_actor on audit_entry (actor, id);
create index audit_entry_occurred_at on audit_entry (occurred_at);

create function audit_entry_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries are append-only' using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
