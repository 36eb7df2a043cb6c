-- The Handbook's "What they do" text per profile: the only text an analysis may quote as BLS evidence.
CREATE TABLE ooh_what_they_do (
  profile_url   TEXT PRIMARY KEY COLLATE NOCASE,
  profile_title TEXT NOT NULL       -- the text itself is checked at build time, not stored
);

-- Hand-written analyses from data/editorial/*.json. Scores and weights are never stored here:
-- they are computed from the O*NET tasks each editorial task covers.
CREATE TABLE editorial_analyses (
  occupation_code      TEXT PRIMARY KEY REFERENCES occupations(code),
  reviewed             TEXT NOT NULL,   -- ISO date of the last review
  evidence_profile_url TEXT REFERENCES ooh_what_they_do(profile_url)  -- the profile the quotes were checked against
);

CREATE TABLE editorial_tasks (
  occupation_code TEXT NOT NULL REFERENCES editorial_analyses(occupation_code),
  position        INTEGER NOT NULL,    -- order in the file, from 1
  title           TEXT NOT NULL,
  stance          TEXT NOT NULL,       -- checked against the computed score when the dataset is built
  rationale       TEXT NOT NULL,
  bls_evidence    TEXT,                -- verbatim from the profile's text; NULL when the duty quotes none
  PRIMARY KEY (occupation_code, position)
);

CREATE TABLE editorial_task_sources (
  occupation_code TEXT NOT NULL,
  position        INTEGER NOT NULL,
  task_id         INTEGER NOT NULL,
  PRIMARY KEY (occupation_code, position, task_id),
  FOREIGN KEY (occupation_code, position) REFERENCES editorial_tasks(occupation_code, position),
  FOREIGN KEY (occupation_code, task_id) REFERENCES tasks(occupation_code, task_id)
);

-- O*NET tasks of an analysed occupation that no duty covers, each with the editor's reason.
CREATE TABLE editorial_not_grouped (
  occupation_code TEXT NOT NULL REFERENCES editorial_analyses(occupation_code),
  task_id         INTEGER NOT NULL,
  reason          TEXT NOT NULL,
  PRIMARY KEY (occupation_code, task_id),
  FOREIGN KEY (occupation_code, task_id) REFERENCES tasks(occupation_code, task_id)
);
