-- The editorial AI tool catalogue (data/editorial/tools/ai-tools.json): kinds of tool, why each fits,
-- and the keyword patterns that connect them to task statements. Order matters: it breaks ties.
CREATE TABLE tool_categories (
  id       TEXT PRIMARY KEY,
  position INTEGER NOT NULL UNIQUE,
  name     TEXT NOT NULL,
  why      TEXT NOT NULL,
  checks   TEXT NOT NULL
);

CREATE TABLE tool_patterns (
  category_id TEXT NOT NULL REFERENCES tool_categories(id),
  position    INTEGER NOT NULL,
  pattern     TEXT NOT NULL,
  PRIMARY KEY (category_id, position)
);
