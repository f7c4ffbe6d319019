-- The status history is the record of membership: rows are added, never changed, deleted or
-- truncated (a wrong change is followed by another change, with its reason).
create function member_status_change_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'the status history is append-only: record another status change instead';
end $$;
create trigger member_status_change_append_only before update or delete on member_status_change
  for each row execute function member_status_change_append_only();
create trigger member_status_change_no_truncate before truncate on member_status_change
  for each statement execute function member_status_change_append_only();
