-- Webhook subscriptions: who asked (the token's subject; each sees only its own), where to, what,
-- and the secret deliveries are signed with (Standard Webhooks 1.0). A rotated secret keeps
-- signing beside the new one for a day, so a receiver can switch without losing a delivery.
create table subscription (
  id                    text        primary key,
  owner                 text        not null,
  url                   text        not null,
  secret                text        not null,
  previous_secret       text,
  previous_secret_until timestamptz,
  types                 text[]      not null default '{}',
  member_code           text,
  plan_id               text,
  status                text        not null check (status in ('active', 'disabled')),
  disabled_reason       text,
  failing_since         timestamptz,
  created_at            timestamptz not null default now(),
  version               bigint      not null default 0
);
create index subscription_by_owner on subscription (owner, id);

-- One change to send to one subscription. Pending until the receiver answers 2xx (delivered)
-- or retries have run out (failed; the subscriber may redeliver it), a day after its first attempt
-- (not after it was made: one waiting its turn behind its plan's earlier changes keeps its day).
-- A subscription's pending
-- deliveries of one ordering key (the plan, else the member) go one at a time, in the feed's
-- order; claimed_until is the lease of the instance sending it.
create table delivery (
  id              text        primary key,
  subscription_id text        not null references subscription (id) on delete cascade,
  position        bigint      not null,
  ordering_key    text        not null,
  state           text        not null check (state in ('pending', 'delivered', 'failed')),
  attempts        int         not null default 0,
  next_attempt_at timestamptz not null default now(),
  claimed_until   timestamptz,
  last_status     int,
  last_error      text,
  created_at      timestamptz not null default now(),
  first_attempt_at timestamptz,
  delivered_at    timestamptz,
  unique (subscription_id, position)
);
create index delivery_due on delivery (next_attempt_at) where state = 'pending';
create index delivery_in_order on delivery (subscription_id, ordering_key, position)
  where state = 'pending';
create index delivery_by_subscription on delivery (subscription_id, state, position);
