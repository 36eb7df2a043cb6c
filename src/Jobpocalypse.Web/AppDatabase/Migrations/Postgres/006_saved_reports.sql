-- Twin of Sqlite/006_saved_reports.sql: a reader's saved personal reports (tasks, shares and level as a JSON payload).
CREATE TABLE saved_reports (
    id         TEXT NOT NULL PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    payload    TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX saved_reports_by_user ON saved_reports (user_id);
