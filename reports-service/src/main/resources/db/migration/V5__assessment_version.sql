-- Each assessment's version, its ETag: replacing one names the version read (If-Match), so two
-- reviewers editing the same commitment's indicators cannot overwrite each other unseen.
alter table assessment add column version bigint not null default 0;
