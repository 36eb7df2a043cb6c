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
        TaskWeights = new Dictionary<TaskType, int>
        {
            [TaskType.Core] = 2,
            [TaskType.Supplemental] = 1,
            [TaskType.Unrated] = 1,
        },
        Signals =
        [
            new(SignalKind.Tasks, "Task feasibility", 0.50,
                "Eloundou et al. (2023) GPT-4 labels on O*NET 29.3 task statements", "O*NET 29.3, May 2025; labels 2023",
                Freshness.Static, "Weighted mean of the rated tasks' feasibility (Core 2, other 1)."),
            new(SignalKind.AiExposurePrior, "AI exposure prior", 0.20,
                "Felten, Raj & Seamans (2023) Language-Modeling AIOE, by SOC 2010 code", "2023",
                Freshness.Static, "Mid-rank percentile of the occupation's LM-AIOE among all SOC 2010 occupations the AIOE scores."),
            new(SignalKind.Outlook, "Projected outlook", 0.10,
                "BLS Employment Projections 2024–34", "2024 base year, projected to 2034",
                Freshness.AnnualRefresh, "Lower when BLS projects growth, higher when it projects decline (formula below)."),
            new(SignalKind.Demand, "Hiring demand", 0.10,
                "No public source yet", "—",
                Freshness.Pending, "Pending: its weight is shared out among the other signals."),
            new(SignalKind.EntryEducation, "Entry education", 0.05,
                "BLS typical education needed for entry, 2024–34", "2024",
                Freshness.AnnualRefresh, "Each BLS entry-education category has a fixed value (table below)."),
            new(SignalKind.CredentialTrend, "Credential trend", 0.05,
                "BLS Employment Projections 2022–32 and 2024–34", "2022 → 2024",
                Freshness.AnnualRefresh, "Higher when the entry requirement fell or the wage lagged the median occupation (formula below)."),
        ],
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
            new("Very high", 80, "Nearly all of the work is within reach of current AI; people remain for sign-off and the rare exception."),
            new("High", 60, "Most of the workflow is automatable; human judgment still handles exceptions, clients and ambiguity."),
            new("Moderate", 40, "AI can take on a real share of the tasks, but central parts of the job still need a person."),
            new("Low", 20, "AI helps at the edges; most of the work rests on presence, hands or relationships."),
            new("Very low", 0, "Current AI can do little of this job; it is mostly physical or interpersonal work."),
        ],
        DefaultCurve = new(1.10, 1.00, 0.90, "Junior roles hold more of the routine tasks; seniority adds judgment and accountability."),
        SeniorityCurves = new Dictionary<string, SeniorityCurve>
        {
            ["11"] = new(1.10, 1.00, 0.80, "Senior managers are paid for decisions, accountability and relationships that AI does not carry."),
            ["13"] = new(1.20, 1.00, 0.80, "Entry analysts and clerks do the document and number work that AI now drafts; seniors own client judgment."),
            ["15"] = new(1.20, 1.00, 0.80, "Routine coding and testing fall to juniors; architecture and trade-offs stay with seniors."),
            ["17"] = new(1.15, 1.00, 0.85, "Drafting and calculation sit at the entry level; seniors sign off and carry liability."),
            ["19"] = new(1.15, 1.00, 0.85, "Data processing and literature work are junior tasks; study design and interpretation are senior."),
            ["21"] = new(1.10, 1.00, 0.90, "Case paperwork is junior-heavy; senior practitioners hold the relationships."),
            ["23"] = new(1.25, 1.00, 0.75, "Document review and research are the entry-level load; courtroom and client judgment are senior."),
            ["25"] = new(1.10, 1.00, 0.90, "Preparation and grading weigh more early on; mentoring and curriculum leadership come later."),
            ["27"] = new(1.20, 1.00, 0.85, "Production work that AI now generates is where juniors start; creative direction is senior."),
            ["29"] = new(1.15, 1.00, 0.85, "Documentation and routine checks concentrate early; seniors carry clinical accountability."),
            ["31"] = new(1.10, 1.00, 0.90, "Clerical support tasks are entry-heavy; experienced aides handle the patient contact."),
            ["33"] = new(1.05, 1.00, 0.95, "Protective work is physical at every level; reports and monitoring shift a little with seniority."),
            ["35"] = new(1.05, 1.00, 0.95, "Food work is hands-on at every level; ordering and planning shift slightly with seniority."),
            ["37"] = new(1.00, 1.00, 1.00, "Grounds and building work is physical at every level, so seniority changes little."),
            ["39"] = new(1.05, 1.00, 0.95, "Personal care is in-person at every level; bookings and records shift slightly."),
            ["41"] = new(1.15, 1.00, 0.85, "Entry sales roles run scripted outreach; senior sellers own accounts and negotiation."),
            ["43"] = new(1.20, 1.00, 0.85, "Data entry and scheduling concentrate at the entry level; supervisors handle exceptions."),
            ["45"] = new(1.00, 1.00, 1.00, "Farm and forestry work is physical at every level, so seniority changes little."),
            ["47"] = new(1.00, 1.00, 0.95, "Construction is hands-on at every level; estimating and planning shift slightly with seniority."),
            ["49"] = new(1.05, 1.00, 0.90, "Diagnostics paperwork is junior-heavy; experienced technicians carry the hard repairs."),
            ["51"] = new(1.10, 1.00, 0.90, "Machine tending is entry work; setters and leads handle exceptions and quality."),
            ["53"] = new(1.05, 1.00, 0.95, "Driving and moving goods are physical at every level; dispatch and logs shift slightly."),
            ["55"] = new(1.00, 1.00, 1.00, "Military roles are scored without a seniority adjustment."),
        },
        RelatedCount = 6,
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
                Explanation: "Each task's feasibility at entry, mid and senior level = clamp(feasibility × the category's " +
                    "seniority multiplier, 0, 100). Rows are in order of contribution to the task signal; tasks without labels " +
                    "are listed last as not rated."),
            Pivots = new PivotRule(
                Relations:
                [
                    new(PivotRelation.PrimaryShort, "Primary-Short", 1.0, "O*NET's five closest related occupations (ranks 1–5)."),
                    new(PivotRelation.PrimaryLong, "Primary-Long", 0.8, "O*NET's next five (ranks 6–10)."),
                    new(PivotRelation.Supplemental, "Supplemental", 0.6, "O*NET's further ten (ranks 11–20)."),
                    new(PivotRelation.SameCategory, "Same category", 0.5, "A same-category neighbour listed under Related, not named by O*NET."),
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
                Formulas:
                [
                    new("Candidates", "the occupation's O*NET related occupations (every tier) and its same-category neighbours " +
                        "listed under Related; an occupation named twice keeps its heaviest relation"),
                    new("Filter", "only candidates with a rated overall score strictly lower than the occupation's"),
                    new("Score change", "candidate's overall − occupation's overall (points; negative)"),
                    new("Wage change", "candidate's median annual wage − occupation's ($), and that ÷ occupation's wage (%); none when either wage is missing"),
                    new("Task overlap", "Σ weight of the occupation's tasks that have a close match among the candidate's task statements " +
                        "÷ Σ weight of all its tasks; a close match has content-word cosine similarity ≥ the threshold"),
                    new("Rank value", "score drop × relation weight × (overlap floor + (1 − overlap floor) × task overlap)"),
                    new("Order", "rank value, highest first; ties by the larger wage change (missing last), then by code; the top N are shown"),
                ]),
            Wages = new WageImpactRule(
                ExposedThreshold: 50,
                Explanation: "O*NET publishes no time use per task, so a task's weight (Core 2, other 1) stands in for its share " +
                    "of work time. Exposed share is therefore a weighted share of the task list, not measured hours.",
                Formulas:
                [
                    new("Exposed share", "Σ weight of rated tasks with feasibility ≥ the threshold ÷ Σ weight of rated tasks"),
                    new("Exposed share by seniority", "the same, with each task's feasibility replaced by clamp(feasibility × the level's multiplier, 0, 100)"),
                    new("Pay tied to exposed tasks", "median annual wage × exposed share (the dollars of a median worker's annual pay that go with exposed tasks)"),
                    new("Employment", "BLS employment of the occupation's SOC line; when several O*NET occupations share one line, each is attributed an equal part"),
                    new("Wage bill tied to exposed tasks (approximation)", "median annual wage × employment × exposed share; " +
                        "an approximation, since the median wage stands in for the mean and tasks stand in for time"),
                    new("Category and all-occupation averages", "employment-weighted mean of exposed share, and of median wage × exposed share, " +
                        "over rated occupations with a BLS median wage and employment"),
                    new("Percentile", "mid-rank percentile of the exposed share among those occupations (ties count half), " +
                        "counted by occupations and, separately, weighted by employment (share of workers in less exposed occupations)"),
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
