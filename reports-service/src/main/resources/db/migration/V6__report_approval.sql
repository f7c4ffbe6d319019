-- A second reviewer's approval of an IRM draft as it stood (the report's version then): an IRM
-- report is published only with one of its current version. Kept once published, as the record
-- of who approved it.
alter table report
  add column approved_by text,
  add column approved_at timestamptz,
  add column approved_version bigint;
