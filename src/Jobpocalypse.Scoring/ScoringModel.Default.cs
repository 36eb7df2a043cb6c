using Jobpocalypse.Scoring.Pro;

namespace Jobpocalypse.Scoring;

public sealed partial record ScoringModel
{
    /// <summary>The site's published model. Changing a number here changes the scores and the methodology page together.</summary>
    public static ScoringModel Default { get; } = new()
    {
        // Exposure says whether an LLM-based system could halve the time a task takes; automation says how much
        // of it could run with no person in the loop. Exposure leads, automation tempers it.
        TaskFormula = new TaskFormula(ExposureShare: 0.6, AutomationShare: 0.4),
        ExposureLabels =
        [
            new(ExposureLabel.E0, 0, "No exposure", "An LLM, even with tools, would not cut the time this task takes by half."),
            new(ExposureLabel.E1, 100, "Direct exposure", "An LLM alone could cut the time this task takes by at least half."),
            new(ExposureLabel.E2, 50, "Exposure with tools", "Software built on an LLM could cut the time by half; the paper counts it at half weight (its β)."),
        ],
        AutomationLabels =
        [
            new(AutomationLabel.T0, 0, "No automation", "The task needs a person throughout."),
            new(AutomationLabel.T1, 25, "Minimal automation", "AI assists, but a person does the work."),
            new(AutomationLabel.T2, 50, "Partial automation", "AI does parts of the task; a person directs and completes it."),
            new(AutomationLabel.T3, 75, "Mostly automatable", "AI does most of the task; a person checks the result."),
            new(AutomationLabel.T4, 100, "Fully automatable", "AI could do the task with no human involvement."),
        ],
        TaskWeights =
        [
            new(TaskType.Core, 2, "Core task in O*NET (weight 2)"),
            new(TaskType.Supplemental, 1, "Supplemental task in O*NET (weight 1)"),
            new(TaskType.Unrated, 1, "No core or supplemental designation in O*NET (weight 1)"),
        ],
        Signals =
        [
            // Evidence: how much of this job current AI can do. Weights count in task-weight units (Core task = 2), so the
            // task signal leads and the other two fade as the number of rated tasks grows.
            new(SignalKind.Tasks, SignalGroup.Evidence, "Task feasibility", 1,
                "Eloundou et al. (2023) GPT-4 labels on O*NET 29.3 task statements", "O*NET 29.3, May 2025; labels 2023",
                Freshness.Static, "Weighted mean of the rated tasks' feasibility; it weighs its own rated task weight (Core 2, other 1 per task)."),
            new(SignalKind.AiExposurePrior, SignalGroup.Evidence, "AI exposure prior", 4,
                "Felten, Raj & Seamans (2023) Language-Modeling AIOE, by SOC 2010 code", "2023",
                Freshness.Static, "Mid-rank percentile of the occupation's LM-AIOE among all SOC 2010 occupations the AIOE scores; weighs as much as two Core tasks."),
            new(SignalKind.ObservedUse, SignalGroup.Evidence, "Observed AI use", 4,
                "Tomlinson et al. (2025), Microsoft \"Working with AI\", Bing Copilot conversations (US, Jan–Sep 2024), CC BY 4.0", "2024",
                Freshness.Static, "The occupation's AI applicability score × 100 (use, not replacement); weighs as much as two Core tasks."),
            // Market: what the labour market says. Bounded, shown on its own, never across a band.
            new(SignalKind.Outlook, SignalGroup.Market, "Projected outlook", 0.4,
                "BLS Employment Projections 2024–34", "2024 base year, projected to 2034",
                Freshness.AnnualRefresh, "Lower when BLS projects growth, higher when it projects decline (formula below)."),
            new(SignalKind.Demand, SignalGroup.Market, "Hiring demand", 0.2,
                "No public source yet", "—",
                Freshness.Pending, "Pending: its weight is shared out among the other market signals."),
            new(SignalKind.EntryEducation, SignalGroup.Market, "Entry education", 0.2,
                "BLS typical education needed for entry, 2024–34", "2024",
                Freshness.AnnualRefresh, "Each BLS entry-education category has a fixed value (table below)."),
            new(SignalKind.CredentialTrend, SignalGroup.Market, "Credential trend", 0.2,
                "BLS Employment Projections 2022–32 and 2024–34", "2022 → 2024",
                Freshness.AnnualRefresh, "Higher when the entry requirement fell or the wage lagged the median occupation (formula below)."),
        ],
        Market = new MarketRule(Neutral: 50, MaxPoints: 5,
            "Market signals say where demand for the work is heading, not what AI can do, so they move the score by a bounded " +
            "amount shown on its own, and never move it into another band than the evidence gives."),
        Outlook = new OutlookConversion(Neutral: 50, PointsPerPercent: 4),
        // Eloundou et al. find exposure rising with the education a job asks for, up to a bachelor's or
        // master's degree, and lower for doctoral and professional work; the values follow that shape.
        EducationLevels =
        [
            new("No formal educational credential", 0, 25),
            new("High school diploma or equivalent", 1, 40),
            new("Some college, no degree", 2, 50),
            new("Postsecondary nondegree award", 3, 50),
            new("Associate's degree", 4, 55),
            new("Bachelor's degree", 5, 70),
            new("Master's degree", 6, 65),
            new("Doctoral or professional degree", 7, 50),
        ],
        CredentialTrend = new CredentialTrendConversion(Neutral: 50, PointsPerLevel: 10, PointsPerWagePoint: 2),
        Bands =
        [
            new("Very high", 80,
                Broad: new("Nearly all of the work is within reach of current AI; people remain for sign-off and the rare exception.", VerdictClaim.MostWithinReach),
                Mixed: new("Current AI can do most of the heavily weighted work; the remaining tasks still need a person.", VerdictClaim.MostWithinReach),
                Narrow: new("A few heavily weighted tasks are within reach of current AI; most of the task list still needs a person.", VerdictClaim.CentralPartsNeedPerson)),
            new("High", 60,
                Broad: new("Most of the workflow is within reach of current AI; human judgment still handles exceptions, clients and ambiguity.", VerdictClaim.MostWithinReach),
                Mixed: new("Current AI can do much of the heavily weighted work, while a real part of the job still needs a person.", VerdictClaim.MostWithinReach),
                Narrow: new("A few heavily weighted tasks are within reach of current AI; most of the task list still needs a person.", VerdictClaim.CentralPartsNeedPerson)),
            new("Moderate", 40,
                Broad: new("AI can do part of almost every task, but few of them fully; a person still directs, checks and completes the work.", VerdictClaim.PartOfMostTasks),
                Mixed: new("AI can take on a real share of the tasks, but central parts of the job still need a person.", VerdictClaim.CentralPartsNeedPerson),
                Narrow: new("AI can do some of the tasks; central parts of the job still need a person.", VerdictClaim.CentralPartsNeedPerson)),
            new("Low", 20,
                Broad: new("AI can contribute to most tasks, but only in part; the work still rests on a person.", VerdictClaim.PartOfMostTasks),
                Mixed: new("AI helps with some tasks; central parts of the job rest on presence, hands or relationships.", VerdictClaim.CentralPartsNeedPerson),
                Narrow: new("AI helps at the edges; most of the work rests on presence, hands or relationships.", VerdictClaim.LittleWithinReach)),
            new("Very low", 0,
                Broad: new("AI can contribute to most tasks, but only in small part; the work rests on a person.", VerdictClaim.PartOfMostTasks),
                Mixed: new("AI can help with a few tasks; most of this job is beyond current AI.", VerdictClaim.CentralPartsNeedPerson),
                Narrow: new("Current AI can do little of this job; it is mostly physical or interpersonal work.", VerdictClaim.LittleWithinReach)),
        ],
        Verdicts = new VerdictRule(Mark: 50, BroadShare: 0.75),
        Seniority = new SeniorityRule(
            // Routine processing, records, scheduling, cleaning and moving goods: the share of the work that entry-level
            // workers are usually given.
            EntryMarkers:
            [
                "enter + data", "data entry", "enter* + record*", "enter* + information", "record", "records", "recording", "file",
                "files", "filing", "schedul*", "sort", "sorts", "sorting", "clean", "cleans", "cleaning", "stock", "stocks",
                "stocking", "restock*", "load", "loads", "loading", "unload*", "copy", "copies", "photocop*", "type", "typing",
                "transcrib*", "answer* + telephone*", "answer* + phone*", "answer* + call*", "greet*", "collect*", "count",
                "counts", "counting", "tally", "label*", "wrap*", "packag*", "weigh", "weighs", "weighing", "process* + form*",
                "process* + paperwork", "process* + order*", "compil*", "retriev*", "fill + order*", "fill* + prescription*",
                "deliver*", "carry", "carries", "tend", "tends", "wash*", "distribut*", "log", "logs", "logging", "verif*",
                "check for", "maintain* + record*", "maintain* + log*", "maintain* + file*", "inventor*", "measure", "measures",
            ],
            // Supervising, planning, negotiating, approving and advising: the share that grows with seniority.
            SeniorMarkers:
            [
                "supervis*", "direct + activit*", "direct + operation*", "direct + staff*", "direct + work*", "direct + worker*",
                "direct + employee*", "direct* + personnel", "manag*", "plan", "plans", "planning", "negotiat*", "approv*",
                "authoriz*", "oversee*", "oversaw", "coordinat*", "establish* + polic*", "establish* + procedure*",
                "establish* + goal*", "establish* + standard*", "polic*", "budget*", "strateg*", "hire", "hires", "hiring",
                "recruit*", "train + staff*", "train + worker*", "train + employee*", "train + personnel", "assign* + staff*", "assign* + work*", "assign* + worker*", "assign* + employee*",
                "assign* + dut*", "assign* + task*", "assign* + personnel", "delegat*",
                "evaluat* + staff*", "evaluat* + employee*", "evaluat* + performance", "mentor*", "advis*", "consult* + client*",
                "certif*", "sign", "signs", "signing", "lead", "leads", "leading", "develop* + program*", "develop* + plan*",
                "develop* + polic*", "develop* + strateg*", "represent*", "contract*", "allocat*",
            ],
            Emphasis: 2,
            DriverCount: 3,
            Explanation: "O*NET does not say which tasks belong to which level, so this is a model. A task whose statement names " +
                "routine processing, records, scheduling, cleaning or moving goods is taken to fill a larger share of an entry-level " +
                "worker's time; one that names supervising, planning, negotiating, approving or advising, a larger share of a " +
                "senior's. Each level's task signal is the weighted mean feasibility with that level's time shares; its multiplier " +
                "is that signal ÷ the mid-level one, applied to what AI can do (not to the market adjustment). A category's curve " +
                "is the mean of its occupations' multipliers."),
        Related = new RelatedRule(Count: 6,
            "The rated occupations of the same SOC major group, ordered by the share of this occupation's task weight that has a " +
            "close match among their task statements (the task overlap of the pivot paths), then by the closest overall score, then by code."),
        // An editorial duty's stance follows its computed score (the weighted mean feasibility of the O*NET tasks it
        // covers), with the cuts of the score bands, so an editor's words cannot contradict the number beside them.
        EditorialStances =
        [
            new("ai-does-most", "AI can do most of it", 60),
            new("ai-does-part", "AI can do part of it", 40),
            new("ai-assists", "AI assists; a person does the work", 20),
            new("stays-with-people", "Stays with people", 0),
        ],
        EditorialNotRated = new("not-rated", "Not rated", 0),
        EditorialLimits = new(MinDuties: 6, MaxDuties: 10, MinRationaleWords: 70, MaxRationaleWords: 150, MinReasonWords: 5),
        Pro = new ProModel
        {
            // A sequential light-to-dark scale (ColorBrewer YlOrRd, 5 classes) so order reads without hue; cuts match
            // the score bands. Text colour per bin is the one with the higher WCAG contrast (all ≥ 4.5, tested).
            Heatmap = new HeatmapScale(
                Bins:
                [
                    new(0, 19, "Very low", "#ffffb2", "#000000", "black"),
                    new(20, 39, "Low", "#fecc5c", "#000000", "black"),
                    new(40, 59, "Moderate", "#fd8d3c", "#000000", "black"),
                    new(60, 79, "High", "#f03b20", "#000000", "black"),
                    new(80, 100, "Very high", "#bd0026", "#ffffff", "white"),
                ],
                NotRated: new(0, 0, "Not rated", "#d9dce1", "#000000", "black"),
                Explanation: "Each cell is the task's share of an entry-level, mid-level or senior worker's time in this " +
                    "occupation, from the seniority model: a task the model places at entry level (routine processing, records, " +
                    "scheduling) takes a larger share of entry work and a smaller share of senior work, and the reverse for supervising, " +
                    "planning and approving. Shares at each level add up to 100%. The colour is the task's feasibility, how much of it " +
                    "current AI can do, so a column shows where that level's exposure comes from. Rows are in order of contribution to " +
                    "the task signal; tasks without labels are listed last as not rated."),
            Pivots = new PivotRule(
                Relations:
                [
                    new(PivotRelation.PrimaryShort, "Primary-Short", "Among O*NET's closest", 1.0, "O*NET's five closest related occupations (its tier Primary-Short, ranks 1–5)."),
                    new(PivotRelation.PrimaryLong, "Primary-Long", "Related in O*NET", 0.8, "O*NET's next five (its tier Primary-Long, ranks 6–10)."),
                    new(PivotRelation.Supplemental, "Supplemental", "Further related in O*NET", 0.6, "O*NET's further ten (its tier Supplemental, ranks 11–20)."),
                    new(PivotRelation.SameCategory, "Same category", "Same category", 0.5, "A same-category neighbour listed under Related, not named by O*NET."),
                ],
                OverlapFloor: 0.5,
                Count: 8,
                Overlap: new TaskOverlapRule(
                    Threshold: 0.45,
                    MinWordLength: 3,
                    MinStemLength: 3,
                    Suffixes: [("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")],
                    KeptEndings: ["ss", "us", "is"],
                    ExampleMarkers: ["such as"],
                    StopWords: new HashSet<string>(StringComparer.Ordinal)
                    {
                        // Function words.
                        "about", "after", "all", "also", "among", "and", "any", "are", "because", "been", "before", "being",
                        "between", "both", "but", "can", "could", "does", "during", "each", "either", "etc", "for", "from",
                        "has", "have", "into", "its", "may", "might", "more", "most", "much", "must", "not", "off", "one",
                        "only", "onto", "other", "others", "out", "over", "own", "per", "same", "should", "such", "than",
                        "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through",
                        "throughout", "under", "upon", "using", "various", "variety", "via", "was", "were", "what", "when",
                        "where", "whether", "which", "while", "who", "whom", "will", "with", "within", "without", "would",
                        // Boilerplate of O*NET task statements: they say little about which work is meant.
                        "according", "appropriate", "ensure", "including", "necessary", "new", "perform", "provide",
                        "related", "required", "specified", "use",
                    },
                    // Calibrated on O*NET 29.3 (all 18,796 statements): at 0.45, 13% of the tasks of an occupation have a match in
                    // a Primary-Short related occupation, 0.4% in a random occupation of another major group. Sampled matches of
                    // 0.45–0.55 mostly describe the same work; below 0.45 they mostly share a generic verb and object.
                    Calibration: "Set on the O*NET 29.3 task statements. At 0.45, 13% of an occupation's tasks find a match in an " +
                        "occupation O*NET lists as Primary-Short related, 9% in a Primary-Long one, 5% in a Supplemental one, and 0.4% " +
                        "in a random occupation from another major group. Medical Records Specialists (29-2072.00) then share " +
                        "transcribing medical reports and scheduling appointments with Medical Transcriptionists (31-9094.00), data " +
                        "entry with File Clerks (43-4071.00), and no task with Emergency Medicine Physicians (29-1214.00). Word overlap " +
                        "cannot read meaning: a few matches share words but not work, and some shared work is worded differently."),
                // Cuts on the task overlap, the share of this occupation's task weight with a close match in the other.
                ClosenessWords:
                [
                    new(0.5, "Close", "half or more of the work has a close match in the other occupation"),
                    new(0.25, "Much in common", "a quarter to a half of the work has a close match"),
                    new(0, "Some overlap", "some of the work has a close match, under a quarter"),
                ],
                CarryOverCount: 4,
                ToLearnCount: 4,
                Formulas:
                [
                    new("Candidates", "the occupation's O*NET related occupations (every tier) and its same-category neighbours " +
                        "listed under Related; an occupation named twice keeps its heaviest relation"),
                    new("Filter", "only candidates with a rated overall score strictly lower than the occupation's and a task overlap above zero (at least one task in common)"),
                    new("Score change", "candidate's overall − occupation's overall (points; negative)"),
                    new("Wage change", "candidate's median annual wage − occupation's ($), and that ÷ occupation's wage (%); none when either wage is missing"),
                    new("Task overlap", "Σ weight of the occupation's tasks that have a close match among the candidate's task statements " +
                        "÷ Σ weight of all its tasks; a close match has content-word cosine similarity ≥ the threshold"),
                    new("Rank value", "score drop × relation weight × (overlap floor + (1 − overlap floor) × task overlap)"),
                    new("Order", "rank value, highest first; ties by the larger wage change (missing last), then by code; the top N are shown"),
                    new("Closeness", "words for the task overlap, from the cuts in the table below"),
                    new("Tasks that carry over", "the occupation's tasks with a close match in the candidate, heaviest first, each with the candidate's statement it matches"),
                    new("Tasks to learn", "the candidate's tasks that none of the occupation's tasks comes close to, its core tasks first (then O*NET's order)"),
                    new("Outlook change", "candidate's projected employment change 2024–34 − occupation's (percentage points)"),
                    new("Education step", "the candidate's BLS typical entry education against the occupation's, in the order of the education table"),
                ]),
            Wages = new WageImpactRule(
                Explanation: "O*NET publishes no time use per task, so the seniority model's task weights stand in for the share " +
                    "of work time. The expected share is a weighted mean of how much of each task current AI can do: a task AI can " +
                    "half do counts half, so no cut-off turns a score of 51 into the whole of a task or a wage.",
                Range: "The range is the lowest and highest of three readings of the same tasks with the same time shares: the site's " +
                    "feasibility (GPT-4 exposure and automation labels), GPT-4's exposure label alone and the human raters' exposure " +
                    "label alone (each exposure label as the paper's β counts it: direct 100%, with tools 50%, none 0).",
                Formulas:
                [
                    new("Expected share at a level", "Σ level time weight × feasibility ÷ Σ level time weight ÷ 100, over the rated tasks; " +
                        "level time weights are the seniority model's (mid level: the task weight itself, so the mid-level share is the task signal ÷ 100)"),
                    new("GPT-4 and human readings", "the same weighted mean with feasibility replaced by the exposure label's value " +
                        "(E1 100, E2 50, E0 0), over the tasks that carry that label"),
                    new("Range", "lowest to highest of the expected share and the two readings, at each level"),
                    new("Pay that goes with the share", "median annual wage × share (the expected share, and each end of the range)"),
                    new("Employment", "BLS employment of the occupation's SOC line; when several O*NET occupations share one line, each is attributed an equal part"),
                    new("Wage bill that goes with the share (approximation)", "median annual wage × employment × share; " +
                        "an approximation, since the median wage stands in for the mean and tasks stand in for time"),
                    new("Category and all-occupation averages", "employment-weighted mean of the mid-level expected share, and of median wage × that share, " +
                        "over rated occupations with a BLS median wage and employment"),
                    new("Percentile", "mid-rank percentile of the expected share among those occupations (ties count half), " +
                        "counted by occupations and, separately, weighted by employment (share of workers in occupations with a lower share)"),
                    new("Observed use", "shown beside the share, not mixed into it: the occupation's AI applicability score from " +
                        "Tomlinson et al. (2025), how much people already use a consumer AI assistant for its work activities (use, not replacement)"),
                ]),
            Tools = new ToolMatchRule(
                TopTaskCount: 6,
                MinFeasibility: 50,
                Formulas:
                [
                    new("Tasks considered", "the occupation's rated tasks with feasibility ≥ the minimum, the top N by feasibility × weight (ties by task ID)"),
                    new("Pattern", "lower-case words matched as whole words in the task statement; a word ending in * matches any word " +
                        "starting with it; words written together must appear together, in that order; parts joined by + must all " +
                        "appear, anywhere in the statement"),
                    new("Match", "a tool category is a candidate for a task when any of its patterns matches; its strength is the number " +
                        "of its patterns that match. The task's recommendation is the strongest candidate; ties go to the category listed first in the file"),
                    new("Summary", "each recommended category with the tasks it covers, most tasks first, then by their summed feasibility × weight"),
                ]),
        },
    };
}
