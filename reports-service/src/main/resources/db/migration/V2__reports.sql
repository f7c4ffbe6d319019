-- Self-assessments and IRM reports. A published report never changes: a correction is a new
-- version (report_version + 1) that names the report it corrects.
create table report (
  id             varchar(32) primary key,            -- AP_ALB03-APR-v1
  plan_id        varchar(16) not null,
  member_code    varchar(4)  not null,
  kind           text        not null,
  report_version int         not null,
  corrects       varchar(32) references report (id),
  status         text        not null,
  summary        text,
  document_urls  text[]      not null default '{}',
  published_on   date,                               -- null only for imports without a year
  source         text        not null,               -- api | ogp-export
  created_by     text        not null,
  created_at     timestamptz not null,
  updated_at     timestamptz not null,
  version        bigint      not null,
  unique (plan_id, kind, report_version),
  unique (corrects)
);
create index report_member on report (member_code, id);
create index report_plan_kind on report (plan_id, kind, status, published_on);

-- The indicators of one commitment in one report, as codes (see domain/Indicators).
create table assessment (
  report_id     varchar(32) not null references report (id),
  commitment_id varchar(16) not null,
  indicators    jsonb       not null,
  note          text,
  assessed_by   text        not null,
  assessed_at   timestamptz not null,
  primary key (report_id, commitment_id)
);

-- One row per commitment the IRM assessed in a published report: its latest design (Action
-- Plan Review) and results (Results Report) indicators and the stars they give. Written when a
-- report is published; read by GET /api/v1/assessments.
create table commitment_assessment (
  commitment_id       varchar(16) primary key,
  plan_id             varchar(16) not null,
  member_code         varchar(4)  not null,
  design_report_id    varchar(32),
  results_report_id   varchar(32),
  indicators          jsonb       not null,
  starred_midterm     text        not null,   -- true, false, or the sentinel that left it open
  starred_end_of_term text        not null,
  updated_at          timestamptz not null
);
create index commitment_assessment_member on commitment_assessment (member_code, commitment_id);
create index commitment_assessment_plan on commitment_assessment (plan_id, commitment_id);
create index commitment_assessment_indicators on commitment_assessment
  using gin (indicators jsonb_path_ops);

-- The scheduled check reports each missed deadline once.
alter table deadline add column missed_reported_at timestamptz;
