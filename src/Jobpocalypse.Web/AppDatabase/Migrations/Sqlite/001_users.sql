-- Accounts, stored for ASP.NET Core Identity by Accounts/DapperUserStore.cs.
-- Times are unix seconds (UTC) throughout the app database.
CREATE TABLE users (
    id                   TEXT    NOT NULL PRIMARY KEY,
    email                TEXT    NOT NULL,
    normalized_email     TEXT    NOT NULL UNIQUE,
    email_confirmed      INTEGER NOT NULL DEFAULT 0,
    user_name            TEXT    NOT NULL,
    normalized_user_name TEXT    NOT NULL UNIQUE,
    password_hash        TEXT,
    security_stamp       TEXT    NOT NULL,
    concurrency_stamp    TEXT    NOT NULL,
    lockout_enabled      INTEGER NOT NULL DEFAULT 1,
    lockout_end          INTEGER,
    access_failed_count  INTEGER NOT NULL DEFAULT 0,
    created_at           INTEGER NOT NULL
) STRICT;
