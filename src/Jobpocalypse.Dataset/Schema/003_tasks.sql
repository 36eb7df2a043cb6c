-- O*NET 29.3 task statements with Eloundou et al. (2023) labels joined on (code, task id).
CREATE TABLE tasks (
  occupation_code  TEXT NOT NULL REFERENCES occupations(code),
  task_id          INTEGER NOT NULL,
  text             TEXT NOT NULL,
  task_type        TEXT,               -- O*NET 29.3: 'Core', 'Supplemental' or NULL (unrated)
  human_exposure   TEXT,               -- 'E0' | 'E1' | 'E2' | NULL (not rated)
  gpt4_exposure    TEXT,               -- 'E0' | 'E1' | 'E2' | NULL (not rated)
  gpt4_automation  TEXT,               -- 'T0'..'T4' | NULL (not rated)
  PRIMARY KEY (occupation_code, task_id)
);
