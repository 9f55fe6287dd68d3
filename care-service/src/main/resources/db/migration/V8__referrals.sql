-- Cases referred to a partner agency (its OAuth client id), allowed only while the guardian's
-- consent to share holds; a withdrawn consent withdraws the open referrals with it.
create table referral (
    id                uuid primary key,
    child_id          uuid not null references child (id),
    partner_client_id text not null,
    kind              text not null,
    referred_on       date not null,
    referred_by       text not null,
    status            text not null,
    answered_on       date,
    town_code         text not null,
    version           bigint not null
);
create index referral_partner_status on referral (partner_client_id, status);
create index referral_child on referral (child_id);
