-- Hand-written analyses from data/editorial/*.json. Scores and weights are never stored here:
-- they are computed from the O*NET tasks each editorial task covers.
CREATE TABLE editorial_tasks (
  occupation_code TEXT NOT NULL REFERENCES occupations(code),
  position        INTEGER NOT NULL,    -- order in the file, from 1
  title           TEXT NOT NULL,
  rationale       TEXT NOT NULL,
  bls_evidence    TEXT NOT NULL,
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
