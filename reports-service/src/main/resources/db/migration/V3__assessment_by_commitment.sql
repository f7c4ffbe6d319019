-- The scorecard reads a commitment's assessments across reports (ScorecardService); the primary
-- key (report_id, commitment_id) cannot serve that, so it scanned the whole table.
create index assessment_commitment on assessment (commitment_id);
