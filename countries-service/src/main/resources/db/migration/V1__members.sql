-- OGP members (national: ISO-3 code; local: 4-letter code with a parent country).
create table member (
  code        varchar(4)  primary key check (code ~ '^[A-Z]{3,4}$'),
  name        text        not null,
  kind        text        not null check (kind in ('NATIONAL', 'LOCAL')),
  parent_code varchar(3)  check (parent_code ~ '^[A-Z]{3}$'),
  region      text        not null,
  status      text        not null,
  joined_on   date,
  version     bigint      not null default 0,
  created_at  timestamptz not null,
  updated_at  timestamptz not null,
  check ((kind = 'LOCAL') = (parent_code is not null))
);
create index member_region on member (region, code);
create index member_status on member (status, code);

-- Every change of membership status, never updated or deleted.
create table member_status_change (
  id          bigserial   primary key,
  member_code varchar(4)  not null references member (code),
  from_status text,
  to_status   text        not null,
  reason      text        not null,
  changed_by  text        not null,
  changed_at  timestamptz not null
);
create index member_status_change_member on member_status_change (member_code, id);

-- Yearly eligibility scores; the result is derived from them on every read, never stored.
create table eligibility_assessment (
  member_code           varchar(4)  not null references member (code),
  year                  smallint    not null,
  fiscal_transparency   smallint    check (fiscal_transparency between 0 and 4),
  access_to_information smallint    check (access_to_information between 0 and 4),
  asset_disclosure      smallint    check (asset_disclosure between 0 and 4),
  citizen_engagement    smallint    check (citizen_engagement between 0 and 4),
  values_check_passed   boolean     not null,
  assessed_by           text        not null,
  assessed_at           timestamptz not null,
  version               bigint      not null default 0,
  primary key (member_code, year)
);
