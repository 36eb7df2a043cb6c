-- Sessions of the local test checkout (no Stripe key, Development/Testing only).
CREATE TABLE test_checkout_sessions (
    id              TEXT    NOT NULL PRIMARY KEY,
    user_id         TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind            TEXT    NOT NULL CHECK (kind IN ('pro', 'pdf')),
    occupation_code TEXT,
    created_at      INTEGER NOT NULL,
    completed_at    INTEGER
) STRICT;
