-- What readers paid for. Only webhook fulfilment (Payments/Fulfilment.cs) writes subscriptions, purchases and
-- processed events, each event's effect in the same transaction as its id.

-- The Stripe customer created for a reader at their first checkout, reused for every later one.
CREATE TABLE stripe_customers (
    user_id     TEXT    NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    customer_id TEXT    NOT NULL UNIQUE,
    created_at  INTEGER NOT NULL
) STRICT;

-- The last state read from Stripe for each subscription. user_id is NULL while the subscription's customer is
-- not yet linked to a reader (its checkout.session.completed event has not arrived).
CREATE TABLE subscriptions (
    id                   TEXT    NOT NULL PRIMARY KEY,
    user_id              TEXT    REFERENCES users (id) ON DELETE SET NULL,
    customer_id          TEXT    NOT NULL,
    status               TEXT    NOT NULL,
    price_id             TEXT,
    current_period_end   INTEGER,
    cancel_at_period_end INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL
) STRICT;
CREATE INDEX subscriptions_by_user ON subscriptions (user_id);
CREATE INDEX subscriptions_by_customer ON subscriptions (customer_id);

-- One row per checkout session of a PDF; access needs status 'paid'.
CREATE TABLE purchases (
    checkout_session_id TEXT    NOT NULL PRIMARY KEY,
    user_id             TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    occupation_code     TEXT    NOT NULL,
    status              TEXT    NOT NULL CHECK (status IN ('pending', 'paid', 'failed')),
    amount_total        INTEGER,
    currency            TEXT,
    created_at          INTEGER NOT NULL,
    paid_at             INTEGER
) STRICT;
CREATE INDEX purchases_by_user ON purchases (user_id, occupation_code);

-- Stripe event ids (and the local test checkout's keys) already applied: a redelivery finds its id here.
CREATE TABLE processed_webhook_events (
    event_id     TEXT    NOT NULL PRIMARY KEY,
    type         TEXT    NOT NULL,
    processed_at INTEGER NOT NULL
) STRICT;
