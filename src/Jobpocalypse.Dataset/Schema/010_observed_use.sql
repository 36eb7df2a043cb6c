-- Tomlinson et al. (2025), Microsoft "Working with AI" (CC BY 4.0): observed use of a consumer LLM at work.
-- AI applicability score per SOC code (0–1).
CREATE TABLE observed_use (
  soc_code       TEXT PRIMARY KEY,     -- '29-2072'
  applicability  REAL NOT NULL
);

-- O*NET intermediate work activities with the share of conversations about them and how often the AI completed the user's goal.
CREATE TABLE work_activities (
  iwa_id         TEXT PRIMARY KEY,     -- '4.A.1.a.1.I01'
  title          TEXT NOT NULL,
  share_of_use   REAL NOT NULL,        -- share of all user-goal conversations, 0–1
  completion     REAL                  -- share of those conversations whose goal the AI completed, 0–1; NULL when none
);

-- The work activities of each SOC code.
CREATE TABLE soc_work_activities (
  soc_code       TEXT NOT NULL,
  iwa_id         TEXT NOT NULL REFERENCES work_activities(iwa_id),
  PRIMARY KEY (soc_code, iwa_id)
);

-- Eloundou et al. (2023) occupation-level betas, for the validation report.
CREATE TABLE paper_betas (
  occupation_code TEXT PRIMARY KEY,
  gpt4_beta       REAL NOT NULL,        -- dv_rating_beta
  human_beta      REAL                  -- human_rating_beta, NULL when the paper has none
);
