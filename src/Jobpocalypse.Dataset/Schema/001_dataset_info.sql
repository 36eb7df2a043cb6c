-- One row per fact about the build: version (hash of inputs), built_at (UTC ISO-8601), source releases.
CREATE TABLE dataset_info (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
