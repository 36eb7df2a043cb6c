-- Personal reports a signed-in reader saved: the share link's task ids with shares (e.g. 22877-30_22881-20), the
-- level and a name the reader gave. Never the words of a paste. Deleted with the account.
CREATE TABLE saved_reports (
    id         TEXT    NOT NULL PRIMARY KEY,
    user_id    TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name       TEXT    NOT NULL,
    tasks      TEXT    NOT NULL,
    level      TEXT    NOT NULL CHECK (level IN ('entry', 'mid', 'senior')),
    created_at INTEGER NOT NULL
);
CREATE INDEX saved_reports_by_user ON saved_reports (user_id, created_at);
