-- Fewer most-common lexemes for the planner (300, which keeps up to 3,000; was 1,000, up to
-- ~6,700 here). A search is planned for its word on every execution, and each planning reads the
-- whole list: with 1,000 it took 0.34-0.46 ms, more than most searches take to run (0.02-0.6 ms);
-- with 300 it takes 0.08-0.09 ms. The estimate for a word outside the list stays small enough
-- for the GIN index: on the benchmark's 100,000 commitments, words no commitment holds and
-- words of a few hundred commitments plan as they did with 1,000 (V2's 100 was too few: a word
-- outside the list was estimated at 0.5% and walked the whole table). Search SQL alone: 704-865
-- against 1,516-1,560 statements a second (docs/performance.md). Takes effect at the next ANALYZE.
alter table commitment alter column search set statistics 300;
