-- Single-use links for confirming an address (at sign-up, or the new one of an email change). Only a SHA-256 hash
-- of each token is stored: a copy of the database cannot be turned into working links.
CREATE TABLE account_tokens (
    token_hash TEXT    NOT NULL PRIMARY KEY,
    user_id    TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    TEXT    NOT NULL CHECK (purpose IN ('confirm-email', 'change-email')),
    -- The address the link proves: the account's own at sign-up, the new one for a change.
    email      TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at    INTEGER
) STRICT;
CREATE INDEX account_tokens_by_user ON account_tokens (user_id, purpose);

-- Records of payments outlive a deleted account (Stripe and tax rules): the reader link becomes NULL instead of
-- the row being deleted with the account. SQLite cannot alter a foreign key, so the table is rebuilt.
CREATE TABLE purchases_kept (
    checkout_session_id TEXT    NOT NULL PRIMARY KEY,
    user_id             TEXT    REFERENCES users (id) ON DELETE SET NULL,
    occupation_code     TEXT    NOT NULL,
    status              TEXT    NOT NULL CHECK (status IN ('pending', 'paid', 'failed')),
    amount_total        INTEGER,
    currency            TEXT,
    created_at          INTEGER NOT NULL,
    paid_at             INTEGER
) STRICT;
INSERT INTO purchases_kept (checkout_session_id, user_id, occupation_code, status, amount_total, currency, created_at, paid_at)
SELECT checkout_session_id, user_id, occupation_code, status, amount_total, currency, created_at, paid_at FROM purchases;
DROP TABLE purchases;
ALTER TABLE purchases_kept RENAME TO purchases;
CREATE INDEX purchases_by_user ON purchases (user_id, occupation_code);
