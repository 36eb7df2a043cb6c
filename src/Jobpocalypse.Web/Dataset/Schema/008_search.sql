-- Full-text search over titles and alternate titles; kind 'title' ranks above 'alternate'.
-- 'alternate' rows hold O*NET alternate titles and short titles ('CEO'); one row per occupation and title, ignoring case.
CREATE VIRTUAL TABLE search_titles USING fts5(
  occupation_code UNINDEXED,
  kind UNINDEXED,
  title,
  tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Distinct words of all titles, for one-letter typo correction before the FTS query: lower-case, letters and digits, ≥ 3 characters.
CREATE TABLE search_vocabulary (
  word TEXT PRIMARY KEY
) WITHOUT ROWID;
