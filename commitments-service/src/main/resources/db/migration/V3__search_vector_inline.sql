-- A search walks commitments in id order and matches each row's search vector until it has a
-- page. The vectors (~1.5 KB) did not compress, so PostgreSQL moved each out of line into the
-- TOAST table: every row checked cost a TOAST index lookup and a second page. Kept in the row
-- (storage main: out of line only if a row would not fit a page otherwise), a search for a
-- common word reads about a third of the pages and takes about half the time
-- (docs/performance.md). Rows written before this migration keep their vectors where they are
-- until they change.
alter table commitment alter column search set storage main;
