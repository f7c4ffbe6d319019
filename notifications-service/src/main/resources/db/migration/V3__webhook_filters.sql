-- What else a subscription may want: the changes of national or local members, or of the
-- commitments (with their milestones and progress) that address a grand challenge, an OGP value
-- or a theme. Commitments' facets are kept from their events, which come before their
-- milestones' and progress's (one partition per plan).
alter table subscription
  add column member_kind     text check (member_kind in ('national', 'local')),
  add column grand_challenge text,
  add column ogp_value       text,
  add column theme           text;

create table commitment_facet (
  commitment_id    text   primary key,
  grand_challenges text[] not null,
  ogp_values       text[] not null,
  themes           text[] not null
);
