-- Mail waiting to be sent, written on the request path and sent by Accounts/MailDispatcher.cs, so a slow or
-- failing mail server never delays or fails a page, and a restart loses nothing: an unsent row is sent later.
-- kind names the message (Accounts/MailKinds.cs); payload holds its fields as a JSON object of strings.
CREATE TABLE mail_outbox (
    id              TEXT    NOT NULL PRIMARY KEY,
    kind            TEXT    NOT NULL,
    to_address      TEXT    NOT NULL,
    payload         TEXT    NOT NULL DEFAULT '{}',
    created_at      INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    sent_at         INTEGER,
    failed_at       INTEGER,
    outcome         TEXT,
    last_error      TEXT
) STRICT;
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
