-- The name the front ends show for an account (the `name` claim of /userinfo). Accounts made
-- before it show their username until CITY_ADMIN gives them one.
alter table account add column display_name text;
update account set display_name = username;
alter table account alter column display_name set not null;
