-- Felten–Raj–Seamans Language-Modeling AIOE by SOC 2010 code (the whole published population: the prior's reference).
CREATE TABLE aioe (
  soc2010_code   TEXT PRIMARY KEY,     -- '29-2071'
  lm_aioe        REAL NOT NULL
);

-- O*NET 2019 occupation → the SOC 2010 codes it came from (O*NET 2010→2019 crosswalk).
CREATE TABLE occupation_soc2010 (
  occupation_code TEXT NOT NULL REFERENCES occupations(code),
  soc2010_code    TEXT NOT NULL,
  PRIMARY KEY (occupation_code, soc2010_code)
);
