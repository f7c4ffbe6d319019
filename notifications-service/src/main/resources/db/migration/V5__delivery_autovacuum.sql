-- Deliveries churn: each is inserted pending and updated when sent (a dead row version each
-- time), and a subscription's go with it. Vacuumed and analyzed after 1% of the table changed
-- rather than PostgreSQL's default 20% (10% for analyze), so the claim query keeps its index
-- plans and the pending index stays small.
alter table delivery set (autovacuum_vacuum_scale_factor = 0.01,
                          autovacuum_analyze_scale_factor = 0.01);
