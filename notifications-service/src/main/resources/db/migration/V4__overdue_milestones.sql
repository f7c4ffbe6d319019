-- A subscription may want only changes about overdue milestones: the change that says one is
-- overdue (ogp.milestone.overdue.v1) and the progress reported on it until it is complete or
-- withdrawn. The milestones overdue now are kept from those events (one partition per plan, so
-- a milestone's overdue change comes before the progress reported after it).
alter table subscription add column overdue_milestones boolean not null default false;

create table overdue_milestone (
  milestone_id text        primary key,
  plan_id      text,
  since        timestamptz not null
);
