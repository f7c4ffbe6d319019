-- Progress updates stay append-only against TRUNCATE too (the row trigger of V1 never sees one).
create trigger progress_update_no_truncate before truncate on progress_update
  for each statement execute function progress_update_append_only();
