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
    public required IReadOnlyDictionary<TaskType, int> TaskWeights { get; init; }
    public required IReadOnlyList<SignalDefinition> Signals { get; init; }
    public required OutlookConversion Outlook { get; init; }
    public required IReadOnlyList<EducationLevel> EducationLevels { get; init; }
    public required CredentialTrendConversion CredentialTrend { get; init; }
    public required IReadOnlyList<ScoreBand> Bands { get; init; }
    public required SeniorityCurve DefaultCurve { get; init; }
    /// <summary>Curves by SOC major group code ('29'); groups not listed use <see cref="DefaultCurve"/>.</summary>
    public required IReadOnlyDictionary<string, SeniorityCurve> SeniorityCurves { get; init; }
    /// <summary>How many same-category neighbours the report lists.</summary>
    public required int RelatedCount { get; init; }
    /// <summary>The constants of the Pro features (heatmap, pivot paths, wage impact, tool recommendations).</summary>
    public required ProModel Pro { get; init; }

    public LabelMeaning<ExposureLabel> Exposure(ExposureLabel label) => ExposureLabels.Single(l => l.Label == label);
    public LabelMeaning<AutomationLabel> Automation(AutomationLabel label) => AutomationLabels.Single(l => l.Label == label);
    public double ExposureValue(ExposureLabel label) => Exposure(label).Value;
    public double AutomationValue(AutomationLabel label) => Automation(label).Value;
    public SignalDefinition Signal(SignalKind kind) => Signals.Single(s => s.Kind == kind);
    public SeniorityCurve CurveFor(string categoryCode) =>
        SeniorityCurves.TryGetValue(categoryCode, out var curve) ? curve : DefaultCurve;
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

public enum SignalKind { Tasks, AiExposurePrior, Outlook, Demand, EntryEducation, CredentialTrend }

public enum Freshness { Static, AnnualRefresh, Pending }

/// <summary>One input to the overall score: its nominal weight and where its values come from.</summary>
public sealed record SignalDefinition(
    SignalKind Kind, string Name, double Weight, string Source, string AsOf, Freshness Freshness, string Conversion);

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

public sealed record ScoreBand(string Name, double Min, string Verdict);

/// <summary>Multipliers applied to the overall score for each seniority level of a category.</summary>
public sealed record SeniorityCurve(double Entry, double Mid, double Senior, string Rationale)
{
    public double Multiplier(SeniorityLevel level) => level switch
    {
        SeniorityLevel.Entry => Entry,
        SeniorityLevel.Mid => Mid,
        _ => Senior,
    };
}

public enum SeniorityLevel { Entry, Mid, Senior }
