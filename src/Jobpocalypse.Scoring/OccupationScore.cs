namespace Jobpocalypse.Scoring;

/// <summary>
/// One signal's part in the score. Weight is what it weighs in its group (for the task signal, the occupation's rated
/// task weight); EffectiveWeight is that ÷ the group's available weight (zero when the signal has no value).
/// Contribution: for an evidence signal, the points it adds to the evidence score; for a market signal, the points
/// it moves the market adjustment by, before the limits apply.
/// </summary>
public sealed record SignalScore(SignalDefinition Definition, double? Value, double Weight, double EffectiveWeight, double? Contribution, string Detail)
{
    public bool IsAvailable => Value is not null;
    public SignalGroup Group => Definition.Group;
}

/// <summary>
/// The market signals' move of the score: Raw within ±MaxPoints, Applied after keeping the overall score in the band
/// of the evidence score (so it never overturns the evidence). Zero when no market signal has a value.
/// </summary>
public sealed record MarketAdjustment(double Raw, double Applied)
{
    public bool IsLimitedByBand => Math.Abs(Raw - Applied) > 1e-9;
}

/// <summary>
/// The full free report score of one occupation. Evidence ("what AI can do") leads; Overall = Evidence + the applied
/// market adjustment. Everything is null ("not rated") when no task is rated: a headline resting on priors alone
/// would not say how much of this job AI can do.
/// </summary>
public sealed record OccupationScore(
    string Code,
    string CategoryCode,
    TaskSignal TaskSignal,
    IReadOnlyList<SignalScore> Signals,
    double? Evidence,
    MarketAdjustment? Market,
    double? Overall,
    ScoreBand? Band,
    Verdict? Verdict,
    double? ShareAtOrAboveMark,
    SeniorityProfile? Seniority)
{
    public bool IsRated => Overall is not null;
    public SignalScore Signal(SignalKind kind) => Signals.Single(s => s.Definition.Kind == kind);
    public IEnumerable<SignalScore> InGroup(SignalGroup group) => Signals.Where(s => s.Group == group);
    public IReadOnlyList<LevelScore> Levels => Seniority?.Levels ?? [];
    public double? Level(SeniorityLevel level) => Levels.FirstOrDefault(l => l.Level == level)?.Score;
}
