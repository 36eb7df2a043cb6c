-- SOC major groups: the site's categories. code is the 2-digit prefix ('29').
CREATE TABLE categories (
  code     TEXT PRIMARY KEY,           -- '29'
  soc_code TEXT NOT NULL UNIQUE,       -- '29-0000'
  title    TEXT NOT NULL,              -- 'Healthcare Practitioners and Technical Occupations'
  slug     TEXT NOT NULL UNIQUE        -- 'healthcare-practitioners-and-technical'
);

-- Every O*NET 29.3 occupation that has at least one task statement.
CREATE TABLE occupations (
  code          TEXT PRIMARY KEY,      -- O*NET-SOC '29-2072.00'
  soc_code      TEXT NOT NULL,         -- first 7 characters, the BLS join key '29-2072'
  title         TEXT NOT NULL,
  description   TEXT NOT NULL,
  slug          TEXT NOT NULL UNIQUE,  -- '29-2072-medical-records-specialists'; non-.00 codes keep the suffix: '11-1011.03-chief-sustainability-officers'
  category_code TEXT NOT NULL REFERENCES categories(code)
);
CREATE INDEX ix_occupations_category ON occupations(category_code);
CREATE INDEX ix_occupations_soc ON occupations(soc_code);
