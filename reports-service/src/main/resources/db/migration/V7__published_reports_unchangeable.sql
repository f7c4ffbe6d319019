-- A published report never changes (a correction is a new report that names it), and neither do
-- the assessments it published: the database refuses what the service never does. Assessments
-- are added to a published report only in the transaction that published it (the import
-- publishes a report and writes its assessments together).
create function published_report_unchangeable() returns trigger language plpgsql as $$
begin
  if old.status = 'PUBLISHED' then
    raise exception 'report % is published and never changes: publish a correction instead', old.id;
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger published_report_unchangeable before update or delete on report
  for each row execute function published_report_unchangeable();

create function published_assessment_unchangeable() returns trigger language plpgsql as $$
declare
  target varchar(32) := case when tg_op = 'INSERT' then new.report_id else old.report_id end;
begin
  if exists (select 1 from report r where r.id = target and r.status = 'PUBLISHED'
             and (tg_op <> 'INSERT' or r.xmin <> pg_current_xact_id()::xid)) then
    raise exception 'report % is published and never changes: publish a correction instead', target;
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger published_assessment_unchangeable before insert or update or delete on assessment
  for each row execute function published_assessment_unchangeable();

create function reports_no_truncate() returns trigger language plpgsql as $$
begin
  raise exception '% is never truncated: published reports are a public record', tg_table_name;
end $$;
create trigger report_no_truncate before truncate on report
  for each statement execute function reports_no_truncate();
create trigger assessment_no_truncate before truncate on assessment
  for each statement execute function reports_no_truncate();
