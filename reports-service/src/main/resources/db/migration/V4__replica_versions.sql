-- The version of its aggregate each copy last took from commitments-service's events: an event
-- changes a copy only when it is newer, so a replayed dead letter or a reset offset cannot move
-- a plan, commitment or milestone back. Null: no versioned event yet (events from before 1.1 of
-- the event contract carry none).
alter table plan_replica add column version bigint;
alter table commitment_replica add column version bigint;
alter table milestone_replica add column version bigint;
