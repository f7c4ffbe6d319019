-- Process deadlines a member missed, as reports-service announced them (ogp.reports.v1).
-- One row per plan and deadline; the cycle is the plan's number.
create table process_miss (
  plan_id     varchar(16) not null,
  deadline    text        not null,
  member_code varchar(4)  not null,
  cycle       int         not null,
  due_on      date        not null,
  recorded_at timestamptz not null,
  primary key (plan_id, deadline)
);
create index process_miss_member on process_miss (member_code, cycle);
