-- Full-text search over titles, alternate titles and synonyms (kind 'title', 'alternate', 'synonym').
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

-- Curated synonyms from data/search/synonyms.json (our own editorial file): a term readers type, its occupations
-- best first, and why. The terms are also rows of search_titles (kind 'synonym') so that typos and parts of them match.
CREATE TABLE search_synonyms (
  term            TEXT NOT NULL,       -- normalised: lower-case words separated by one space ('uber driver')
  position        INTEGER NOT NULL,    -- 1 = the best match for the term
  occupation_code TEXT NOT NULL REFERENCES occupations(code),
  why             TEXT NOT NULL,
  PRIMARY KEY (term, occupation_code)
);
