-- BLS Employment Projections, one row per detailed SOC line item. Employment and openings in thousands.
CREATE TABLE bls_projections (
  release          TEXT NOT NULL,      -- '2024-34' or '2022-32'
  soc_code         TEXT NOT NULL,      -- '29-2072'
  title            TEXT NOT NULL,
  employment_start REAL,               -- 2024 (or 2022), thousands
  employment_end   REAL,               -- 2034 (or 2032), thousands
  change_pct       REAL,
  openings         REAL,               -- annual average, thousands
  median_wage      INTEGER,            -- dollars; NULL when BLS publishes none ('—') or only its top band ('>=$239,200')
  entry_education  TEXT,               -- NULL for '—'
  work_experience  TEXT,
  training         TEXT,
  PRIMARY KEY (release, soc_code)
);

-- Occupational Outlook Handbook profile per O*NET occupation (via the BLS O*NET→NEM→OOH crosswalk),
-- with BLS's own outlook wording where the 2024–34 profile table has it.
CREATE TABLE ooh_profiles (
  occupation_code TEXT PRIMARY KEY REFERENCES occupations(code),
  title           TEXT NOT NULL,
  url             TEXT NOT NULL,
  group_name      TEXT NOT NULL,       -- OOH occupation group (brief), e.g. 'Healthcare'
  outlook_pct     INTEGER,             -- from ooh_profiles_2024_34.csv, NULL when not tabulated
  outlook_wording TEXT                 -- e.g. 'Much faster than average', NULL when not tabulated
);

