-- What reports-service knows of plans, commitments and milestones, from ogp.commitments.v1.
create table plan_replica (
  id           varchar(16) primary key,
  member_code  varchar(4)  not null,
  number       int         not null,
  period_start varchar(10) not null,
  period_end   varchar(10) not null,
  submitted_on date,
  status       text        not null,
  updated_at   timestamptz not null
);
create index plan_replica_member on plan_replica (member_code, id);

create table commitment_replica (
  id          varchar(16) primary key,
  plan_id     varchar(16) not null,
  member_code varchar(4)  not null,
  title       text        not null,
  updated_at  timestamptz not null
);
create index commitment_replica_plan on commitment_replica (plan_id, id);

create table milestone_replica (
  id               varchar(24) primary key,
  commitment_id    varchar(16) not null,
  plan_id          varchar(16) not null,
  description      text,
  due_date         date,
  status           text        not null,
  percent_complete smallint    not null,
  updated_at       timestamptz not null
);
create index milestone_replica_commitment on milestone_replica (commitment_id, id);

-- Every event received about a plan, in the order received.
create table timeline_entry (
  seq         bigserial   primary key,
  plan_id     varchar(16) not null,
  event_id    text        not null unique,
  type        text        not null,
  subject     text,
  occurred_at timestamptz not null,
  received_at timestamptz not null,
  data        jsonb       not null
);
create index timeline_entry_plan on timeline_entry (plan_id, seq);

-- Process deadlines of a plan; their state (due, met, missed) is derived when read.
create table deadline (
  plan_id varchar(16) not null,
  kind    text        not null,
  due_on  date        not null,
  primary key (plan_id, kind)
);
