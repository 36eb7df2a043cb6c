-- Twin of Sqlite/003_test_checkout.sql.
CREATE TABLE test_checkout_sessions (
    id              TEXT   NOT NULL PRIMARY KEY,
    user_id         TEXT   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind            TEXT   NOT NULL CHECK (kind IN ('pro', 'pdf')),
    occupation_code TEXT,
    created_at      BIGINT NOT NULL,
    completed_at    BIGINT
);
