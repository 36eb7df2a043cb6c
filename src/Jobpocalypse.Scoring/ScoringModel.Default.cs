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
    };
}
