-- The change feed: every public event of the suite, in one order. A change's position is taken
-- from the sequence while the writer holds the feed's lock (ChangeLog), so positions are
-- committed in their order: a reader that sees position n has seen every position below it.
create sequence change_position;

create table change (
  position    bigint      primary key,
  event_id    text        not null unique,
  type        text        not null,
  source      text        not null,
  subject     text        not null,
  occurred_at timestamptz not null,
  member_code text,
  plan_id     text,
  data        jsonb       not null,
  recorded_at timestamptz not null default now()
);
create index change_by_type on change (type, position);
create index change_by_member on change (member_code, position);
create index change_by_plan on change (plan_id, position);
create index change_by_age on change (recorded_at);

-- How far retention has deleted: a cursor below it points at changes no longer kept (410).
create table change_horizon (
  only_row          boolean primary key default true check (only_row),
  forgotten_through bigint  not null default 0
);
insert into change_horizon default values;

-- A change is what a service published: never rewritten. Only retention deletes, oldest first.
create function change_unchangeable() returns trigger language plpgsql as $$
begin
  raise exception 'the change feed is append-only: a change is never rewritten';
end $$;
create trigger change_unchangeable before update on change
  for each row execute function change_unchangeable();
