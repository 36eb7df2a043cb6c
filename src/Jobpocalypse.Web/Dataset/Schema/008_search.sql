-- Full-text search over titles and alternate titles; kind 'title' ranks above 'alternate'.
CREATE VIRTUAL TABLE search_titles USING fts5(
  occupation_code UNINDEXED,
  kind UNINDEXED,
  title,
  tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Distinct words of all titles, for one-letter typo correction before the FTS query.
CREATE TABLE search_vocabulary (
  word TEXT PRIMARY KEY
) WITHOUT ROWID;
