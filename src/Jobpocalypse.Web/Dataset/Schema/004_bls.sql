-- BLS Employment Projections, one row per detailed SOC line item. Employment and openings in thousands.
CREATE TABLE bls_projections (
  release          TEXT NOT NULL,      -- '2024-34' or '2022-32'
  soc_code         TEXT NOT NULL,      -- '29-2072'
  title            TEXT NOT NULL,
  employment_start REAL,               -- 2024 (or 2022), thousands
  employment_end   REAL,               -- 2034 (or 2032), thousands
  change_pct       REAL,
  openings         REAL,               -- annual average, thousands
  median_wage      INTEGER,            -- dollars; NULL when BLS publishes none
  median_wage_note TEXT,               -- BLS's marker when median_wage is NULL: '—' (not available) or '>=$239,200' (at or above BLS's top wage band); NULL when median_wage is set
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
  outlook_wording TEXT,                -- e.g. 'Much faster than average', NULL when not tabulated
  matched_by      TEXT NOT NULL        -- 'crosswalk': the BLS O*NET→OOH crosswalk names this profile (joined to the 2024–34 table on URL);
                                       -- 'soc': the crosswalk has no profile, the 2024–34 table has one for the same SOC code
);

-- Share of workers 25+ by highest education (BLS table 5.3, 2019–21 data), per SOC code (percent, each row sums to ~100).
-- Includes '00-0000' (Total, all occupations) as a baseline.
CREATE TABLE educational_attainment (
  soc_code            TEXT PRIMARY KEY,
  less_than_hs        REAL, high_school REAL, some_college REAL, associate REAL,
  bachelor            REAL, master REAL, doctoral REAL
);
