-- Matching (ARCHITECTURE §7): batch runs proposing the optimal assignment, single proposals,
-- and each match's life: proposed, confirmed or rejected by staff, superseded by a later
-- proposal, ended. Rows are never deleted: they are the matching history.
create table matching_run (
    id                 uuid primary key,
    town_code          text,
    run_on             date not null,
    requested_by       text not null,
    requested_at       timestamptz not null,
    children_waiting   integer not null,
    mothers_available  integer not null,
    feasible_pairs     integer not null,
    proposals          integer not null,
    total_score        bigint not null,
    solve_millis       integer not null
);
create index matching_run_requested_at on matching_run (requested_at);

create table care_match (
    id            uuid primary key,
    child_id      uuid not null references child (id),
    mother_id     uuid not null references caring_mother (id),
    run_id        uuid references matching_run (id),
    status        text not null,
    score         integer not null,
    score_parts   jsonb not null,
    town_code     text not null,
    proposed_at   timestamptz not null,
    decided_at    timestamptz,
    decided_by    text,
    decision_note text,
    started_on    date,
    ended_on      date,
    end_reason    text,
    version       bigint not null
);
create unique index care_match_one_confirmed_per_child on care_match (child_id) where status = 'CONFIRMED';
create index care_match_child on care_match (child_id, status);
create index care_match_mother on care_match (mother_id, status);
create index care_match_town_status on care_match (town_code, status);
create index care_match_run on care_match (run_id);
create index care_match_started_on on care_match (started_on) where started_on is not null;
