-- Platform tables every service database has. Versions 0.x run before a service's own V1+.

-- Events written in the same transaction as the change they describe; the relay publishes them.
create table outbox_event (
  seq          bigserial primary key,
  id           uuid        not null unique,
  topic        text        not null,
  record_key   text        not null,
  type         text        not null,
  subject      text,
  occurred_at  timestamptz not null,
  data         jsonb       not null,
  published_at timestamptz
);
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;

-- Event ids a consumer has applied; the row is written with the effect, so redelivery is a no-op.
create table inbox_event (
  consumer    text        not null,
  event_id    text        not null,
  received_at timestamptz not null default now(),
  primary key (consumer, event_id)
);

-- First response of each POST sent with an Idempotency-Key, per operation and caller.
create table idempotency_key (
  scope        text        not null,
  key          text        not null,
  request_hash text        not null,
  status       int,
  headers      jsonb,
  body         text,
  created_at   timestamptz not null default now(),
  primary key (scope, key)
);
