-- O*NET related occupations with tier ('Primary-Short', 'Primary-Long', 'Supplemental') and O*NET's index.
CREATE TABLE related_occupations (
  occupation_code TEXT NOT NULL REFERENCES occupations(code),
  related_code    TEXT NOT NULL,
  tier            TEXT NOT NULL,
  rank            INTEGER NOT NULL,
  PRIMARY KEY (occupation_code, related_code)
);

CREATE TABLE alternate_titles (
  occupation_code TEXT NOT NULL REFERENCES occupations(code),
  title           TEXT NOT NULL,
  short_title     TEXT
);
CREATE INDEX ix_alternate_titles_occupation ON alternate_titles(occupation_code);
