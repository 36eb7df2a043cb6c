namespace Jobpocalypse.Scoring;

/// <summary>
/// One signal's part in the overall score. EffectiveWeight is the nominal weight plus its share of the weight
/// of missing signals (zero when this one is missing); Contribution = EffectiveWeight × Value.
/// </summary>
public sealed record SignalScore(SignalDefinition Definition, double? Value, double EffectiveWeight, double? Contribution, string Detail)
{
    public bool IsAvailable => Value is not null;
}

public sealed record LevelScore(SeniorityLevel Level, double Multiplier, double Score);

/// <summary>
/// The full free report score of one occupation. Overall is null ("not rated") when no task is rated:
/// a headline resting on priors alone would not say how much of this job AI can do.
/// </summary>
public sealed record OccupationScore(
    string Code,
    string CategoryCode,
    TaskSignal TaskSignal,
    IReadOnlyList<SignalScore> Signals,
    double? Overall,
    ScoreBand? Band,
    SeniorityCurve Curve,
    IReadOnlyList<LevelScore> Levels)
{
    public bool IsRated => Overall is not null;
    public double MissingWeight => Signals.Where(s => !s.IsAvailable).Sum(s => s.Definition.Weight);
    public SignalScore Signal(SignalKind kind) => Signals.Single(s => s.Definition.Kind == kind);
    public double? Level(SeniorityLevel level) => Levels.FirstOrDefault(l => l.Level == level)?.Score;
}
