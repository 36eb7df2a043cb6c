-- O*NET related occupations with tier ('Primary-Short', 'Primary-Long', 'Supplemental') and O*NET's index.
-- Only pairs whose both ends are rows of occupations (so every link has a page); in O*NET 29.3 that is all 18,460.
CREATE TABLE related_occupations (
  occupation_code TEXT NOT NULL REFERENCES occupations(code),
  related_code    TEXT NOT NULL,
  tier            TEXT NOT NULL,
  rank            INTEGER NOT NULL,
  PRIMARY KEY (occupation_code, related_code)
);
