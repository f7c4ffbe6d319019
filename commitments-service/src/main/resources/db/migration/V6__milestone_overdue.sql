-- A milestone is overdue when its due date has passed while its plan is in implementation and
-- it is neither complete nor withdrawn. Each is reported once (ogp.milestone.overdue.v1); the
-- partial index keeps the check's search to milestones not yet reported.
alter table milestone add column overdue_reported_at timestamptz;
create index milestone_due_unreported on milestone (due_date)
  where overdue_reported_at is null and status in ('NOT_STARTED', 'IN_PROGRESS');
