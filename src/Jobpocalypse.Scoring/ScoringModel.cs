using Jobpocalypse.Scoring.Pro;

namespace Jobpocalypse.Scoring;

/// <summary>
/// Every parameter of the score in one immutable object. The methodology page renders this object,
/// so the published formula and the computed one cannot drift apart. <see cref="Default"/> is the site's model.
/// </summary>
public sealed partial record ScoringModel
{
    public required TaskFormula TaskFormula { get; init; }
    public required IReadOnlyList<LabelMeaning<ExposureLabel>> ExposureLabels { get; init; }
    public required IReadOnlyList<LabelMeaning<AutomationLabel>> AutomationLabels { get; init; }
    /// <summary>The weight of each O*NET task designation, with the words a reader sees for it.</summary>
    public required IReadOnlyList<TaskWeight> TaskWeights { get; init; }
    /// <summary>Evidence signals (what AI can do) first, then the market signals of the bounded adjustment.</summary>
    public required IReadOnlyList<SignalDefinition> Signals { get; init; }
    public required MarketRule Market { get; init; }
    public required OutlookConversion Outlook { get; init; }
    public required IReadOnlyList<EducationLevel> EducationLevels { get; init; }
    public required CredentialTrendConversion CredentialTrend { get; init; }
    public required IReadOnlyList<ScoreBand> Bands { get; init; }
    /// <summary>How the one-line verdict is chosen from the band and from the spread of the task table.</summary>
    public required VerdictRule Verdicts { get; init; }
    /// <summary>The task-content model behind the seniority curve.</summary>
    public required SeniorityRule Seniority { get; init; }
    /// <summary>How related occupations are chosen and how many the report lists.</summary>
    public required RelatedRule Related { get; init; }
    /// <summary>The constants of the Pro features (heatmap, pivot paths, wage impact, tool recommendations).</summary>
    public required ProModel Pro { get; init; }

    public LabelMeaning<ExposureLabel> Exposure(ExposureLabel label) => ExposureLabels.Single(l => l.Label == label);
    public LabelMeaning<AutomationLabel> Automation(AutomationLabel label) => AutomationLabels.Single(l => l.Label == label);
    public double ExposureValue(ExposureLabel label) => Exposure(label).Value;
    public double AutomationValue(AutomationLabel label) => Automation(label).Value;
    public SignalDefinition Signal(SignalKind kind) => Signals.Single(s => s.Kind == kind);
    public TaskWeight Weight(TaskType type) => TaskWeights.Single(w => w.Type == type);
    /// <summary>The band of the score as readers see it (rounded), so a score shown as 20 is never called "Very low".</summary>
    public ScoreBand BandFor(double score) => Bands.First(b => ScoreRounding.Shown(score) >= b.Min);
    public EducationLevel? Education(string? blsWording) =>
        EducationLevels.FirstOrDefault(e => string.Equals(e.BlsWording, blsWording, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Task feasibility = ExposureShare × exposure value + AutomationShare × automation value (shares sum to 1).</summary>
public sealed record TaskFormula(double ExposureShare, double AutomationShare)
{
    public static TaskFormula ExposureOnly { get; } = new(1, 0);
}

public sealed record LabelMeaning<TLabel>(TLabel Label, double Value, string Name, string Meaning) where TLabel : struct, Enum;

public enum SignalKind { Tasks, AiExposurePrior, ObservedUse, Outlook, Demand, EntryEducation, CredentialTrend }

/// <summary>Evidence signals say how much of the job AI can do; market signals only adjust that, within limits.</summary>
public enum SignalGroup { Evidence, Market }

/// <summary>An O*NET task designation, its weight in every weighted mean, and how the report names it.</summary>
public sealed record TaskWeight(TaskType Type, int Weight, string Label);

public enum Freshness { Static, AnnualRefresh, Pending }

/// <summary>
/// One input to the score and where its values come from. For evidence signals, Weight counts in task-weight units
/// (the task signal weighs its rated task weight, so a prior of weight 4 counts as much as two Core tasks and fades as
/// rated tasks accumulate); for market signals it is the nominal share within the market adjustment.
/// </summary>
public sealed record SignalDefinition(
    SignalKind Kind, SignalGroup Group, string Name, double Weight, string Source, string AsOf, Freshness Freshness, string Conversion);

/// <summary>
/// Market adjustment = MaxPoints × (weighted mean of the available market signals − Neutral) ÷ Neutral, so it stays
/// within ±MaxPoints; the overall score is then kept inside the evidence score's band, so the market never overturns it.
/// </summary>
public sealed record MarketRule(double Neutral, double MaxPoints, string Explanation);

/// <summary>Outlook signal = clamp(Neutral − PointsPerPercent × projected % change, 0, 100): decline reads as exposure.</summary>
public sealed record OutlookConversion(double Neutral, double PointsPerPercent);

/// <summary>A BLS "typical education needed for entry" category: its order (0 = lowest) and its signal value.</summary>
public sealed record EducationLevel(string BlsWording, int Rank, double Value);

/// <summary>
/// Credential trend = clamp(Neutral + PointsPerLevel × levels the entry requirement moved down
/// − PointsPerWagePoint × (occupation's wage growth − median wage growth, in % points), 0, 100).
/// A requirement that fell or a wage that lagged reads as work becoming easier to substitute.
/// </summary>
public sealed record CredentialTrendConversion(double Neutral, double PointsPerLevel, double PointsPerWagePoint);

/// <summary>A score band and its verdicts, one for each spread of the task table (see <see cref="VerdictRule"/>).</summary>
public sealed record ScoreBand(string Name, double Min, Verdict Broad, Verdict Mixed, Verdict Narrow)
{
    public Verdict For(TaskSpread spread) => spread switch
    {
        TaskSpread.Broad => Broad,
        TaskSpread.Mixed => Mixed,
        _ => Narrow,
    };
}

public enum SeniorityLevel { Entry, Mid, Senior }
