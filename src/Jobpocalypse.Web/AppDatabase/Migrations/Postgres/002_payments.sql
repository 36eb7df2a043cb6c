-- Twin of Sqlite/002_payments.sql: what readers paid for, written only by webhook fulfilment.
CREATE TABLE stripe_customers (
    user_id     TEXT   NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    customer_id TEXT   NOT NULL UNIQUE,
    created_at  BIGINT NOT NULL
);

CREATE TABLE subscriptions (
    id                   TEXT    NOT NULL PRIMARY KEY,
    user_id              TEXT    REFERENCES users (id) ON DELETE SET NULL,
    customer_id          TEXT    NOT NULL,
    status               TEXT    NOT NULL,
    price_id             TEXT,
    current_period_end   BIGINT,
    cancel_at_period_end BOOLEAN NOT NULL,
    updated_at           BIGINT  NOT NULL
);
CREATE INDEX subscriptions_by_user ON subscriptions (user_id);
CREATE INDEX subscriptions_by_customer ON subscriptions (customer_id);

CREATE TABLE purchases (
    checkout_session_id TEXT   NOT NULL PRIMARY KEY,
    user_id             TEXT   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    occupation_code     TEXT   NOT NULL,
    status              TEXT   NOT NULL CHECK (status IN ('pending', 'paid', 'failed')),
    amount_total        BIGINT,
    currency            TEXT,
    created_at          BIGINT NOT NULL,
    paid_at             BIGINT
);
CREATE INDEX purchases_by_user ON purchases (user_id, occupation_code);

-- The primary key is what makes a webhook idempotent across instances: the second insert of an id waits for the
-- first transaction and then finds the row.
CREATE TABLE processed_webhook_events (
    event_id     TEXT   NOT NULL PRIMARY KEY,
    type         TEXT   NOT NULL,
    processed_at BIGINT NOT NULL
);
