-- Postgres only (SQLite keeps its keys in <AppData>/keys/): the data-protection key ring every instance shares, so a
-- cookie, antiforgery token or reset link made by one instance is read by any other. One row per key's XML.
CREATE TABLE data_protection_keys (
    name       TEXT   NOT NULL PRIMARY KEY,
    xml        TEXT   NOT NULL,
    created_at BIGINT NOT NULL
);
