-- The four services' own databases (each service migrates its own schema with Flyway).
CREATE DATABASE ogp_countries;
CREATE DATABASE ogp_commitments;
CREATE DATABASE ogp_reports;
CREATE DATABASE ogp_notifications;
