-- Members as countries-service announces them (ogp.countries.v1); only their status matters here.
create table member_replica (
  code        varchar(4)  primary key,
  name        text,
  kind        text,
  status      text        not null,
  version     bigint,
  updated_at  timestamptz not null
);

-- Action plans: AP_{CODE}{NN}. Periods are years ("2014") or dates ("2014-07-01").
create table action_plan (
  id            varchar(16) primary key check (id ~ '^AP_[A-Z]{3,4}[0-9]{2,}$'),
  member_code   varchar(4)  not null,
  number        int         not null check (number > 0),
  period_start  varchar(10) not null,
  period_end    varchar(10) not null,
  start_year    int generated always as (substr(period_start, 1, 4)::int) stored,
  end_year      int generated always as (substr(period_end, 1, 4)::int) stored,
  submitted_on  date,
  status        text        not null,
  version       bigint      not null default 0,
  created_at    timestamptz not null,
  updated_at    timestamptz not null,
  unique (member_code, number)
);
create index action_plan_member on action_plan (member_code, id);
create index action_plan_status on action_plan (status, id);

-- Commitments, with a full-text index over title and description.
create table commitment (
  id                      varchar(16) primary key check (id ~ '^[A-Z]{2,4}[0-9]{4}$'),
  plan_id                 varchar(16) not null references action_plan (id),
  member_code             varchar(4)  not null,
  title                   text        not null,
  description             text,
  lead_institution        text,
  supporting_institutions text[]      not null default '{}',
  start_date              date,
  end_date                date,
  grand_challenges        text[]      not null default '{}',
  ogp_values              text[]      not null default '{}',
  themes                  text[]      not null default '{}',
  source_url              text,
  search                  tsvector generated always as (
      setweight(to_tsvector('english', coalesce(title, '')), 'A')
      || setweight(to_tsvector('english', coalesce(description, '')), 'B')) stored,
  version                 bigint      not null default 0,
  created_at              timestamptz not null,
  updated_at              timestamptz not null
);
create index commitment_plan on commitment (plan_id, id);
create index commitment_member on commitment (member_code, id);
create index commitment_search on commitment using gin (search);
create index commitment_challenges on commitment using gin (grand_challenges);
create index commitment_values on commitment using gin (ogp_values);
create index commitment_themes on commitment using gin (themes);

-- Milestones: {commitmentId}.{n}. Status and percent are those of the latest progress update.
create table milestone (
  id               varchar(24) primary key,
  commitment_id    varchar(16) not null references commitment (id),
  number           int         not null,
  description      text        not null,
  due_date         date,
  status           text        not null,
  percent_complete smallint    not null check (percent_complete between 0 and 100),
  updates          int         not null default 0,
  version          bigint      not null default 0,
  created_at       timestamptz not null,
  updated_at       timestamptz not null,
  unique (commitment_id, number)
);

-- Progress updates: append-only; corrections are new updates.
create table progress_update (
  id               bigserial   primary key,
  milestone_id     varchar(24) not null references milestone (id),
  status           text        not null,
  percent_complete smallint    not null check (percent_complete between 0 and 100),
  note             text,
  evidence_urls    text[]      not null default '{}',
  author           text        not null,
  reported_at      timestamptz not null
);
create index progress_update_milestone on progress_update (milestone_id, id desc);

create function progress_update_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'progress updates are append-only: post a correction instead';
end $$;
create trigger progress_update_append_only before update or delete on progress_update
  for each row execute function progress_update_append_only();
