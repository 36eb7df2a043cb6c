-- Twin of Sqlite/001_users.sql. Times are unix seconds (UTC) throughout the app database, as on SQLite.
CREATE TABLE users (
    id                   TEXT    NOT NULL PRIMARY KEY,
    email                TEXT    NOT NULL,
    normalized_email     TEXT    NOT NULL UNIQUE,
    email_confirmed      BOOLEAN NOT NULL DEFAULT FALSE,
    user_name            TEXT    NOT NULL,
    normalized_user_name TEXT    NOT NULL UNIQUE,
    password_hash        TEXT,
    security_stamp       TEXT    NOT NULL,
    concurrency_stamp    TEXT    NOT NULL,
    lockout_enabled      BOOLEAN NOT NULL DEFAULT TRUE,
    lockout_end          BIGINT,
    access_failed_count  INTEGER NOT NULL DEFAULT 0,
    created_at           BIGINT  NOT NULL
);
