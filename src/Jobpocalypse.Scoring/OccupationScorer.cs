namespace Jobpocalypse.Scoring;

/// <summary>
/// Turns one occupation's inputs into its signals, evidence score, bounded market adjustment, overall score, band,
/// verdict and seniority profile.
/// </summary>
public sealed class OccupationScorer(ScoringModel model, ScoringPopulation population, SeniorityModel? seniority = null)
{
    private readonly SeniorityModel _seniority = seniority ?? new(model.Seniority);

    public ScoringModel Model => model;

    public OccupationScore Score(OccupationInput input)
    {
        var tasks = TaskScorer.Score(input.Tasks, model);
        return Assemble(input.Code, input.CategoryCode, tasks, tasks.RatedWeight, kind => Value(kind, input, tasks));
    }

    /// <summary>
    /// Everything after the task signal: the signals' contributions, evidence score, band-limited market adjustment,
    /// band, verdict and seniority profile. <paramref name="taskWeight"/> is what the task signal weighs among the
    /// evidence signals (an occupation: its rated task weight); <paramref name="value"/> gives each signal's value.
    /// </summary>
    public OccupationScore Assemble(string code, string categoryCode, TaskSignal tasks, double taskWeight,
        Func<SignalKind, (double? Value, string Detail)> value)
    {
        bool rated = tasks.Value is not null;
        var evidence = Group(SignalGroup.Evidence, value, taskWeight, rated);
        var market = Group(SignalGroup.Market, value, taskWeight, rated);
        double? whatAiCanDo = rated ? SignalConversions.Clamp(evidence.Sum(s => s.Contribution ?? 0)) : null;

        MarketAdjustment? adjustment = null;
        double? overall = null;
        if (whatAiCanDo is { } e)
        {
            double raw = market.Sum(s => s.Contribution ?? 0);
            var (low, high) = BandRange(model.BandFor(e));
            overall = Math.Clamp(e + raw, low, high);
            adjustment = new MarketAdjustment(raw, overall.Value - e);
        }

        var band = overall is { } o ? model.BandFor(o) : null;
        var share = model.Verdicts.ShareAtOrAboveMark(tasks);
        var verdict = band is not null && share is { } sh ? band.For(model.Verdicts.Spread(sh)) : null;
        return new OccupationScore(code, categoryCode, tasks, [.. evidence, .. market], whatAiCanDo, adjustment,
            overall, band, verdict, share, _seniority.Profile(tasks, whatAiCanDo));
    }

    /// <summary>
    /// Evidence signals weigh in task-weight units (the task signal by its rated task weight); market signals by their
    /// nominal shares, each contributing MaxPoints × share × (value − neutral) ÷ neutral. Missing signals weigh nothing.
    /// </summary>
    private List<SignalScore> Group(SignalGroup group, Func<SignalKind, (double? Value, string Detail)> value, double taskWeight, bool rated)
    {
        var raw = model.Signals.Where(d => d.Group == group)
            .Select(d => (Definition: d, Value: value(d.Kind), Weight: d.Kind == SignalKind.Tasks ? taskWeight : d.Weight))
            .ToList();
        double available = raw.Where(r => r.Value.Value is not null).Sum(r => r.Weight);
        var m = model.Market;
        return raw.Select(r =>
        {
            double effective = rated && available > 0 && r.Value.Value is not null ? r.Weight / available : 0;
            double? contribution = rated && r.Value.Value is { } v
                ? group == SignalGroup.Evidence ? effective * v : m.MaxPoints * effective * (v - m.Neutral) / m.Neutral
                : null;
            return new SignalScore(r.Definition, r.Value.Value, r.Weight, effective, contribution, r.Value.Detail);
        }).ToList();
    }

    /// <summary>The raw scores that show (rounded) inside a band: from its minimum − ½ to just under the next band's.</summary>
    private (double Low, double High) BandRange(ScoreBand band)
    {
        var above = model.Bands.Where(b => b.Min > band.Min).OrderBy(b => b.Min).FirstOrDefault();
        double low = Math.Max(0, band.Min - 0.5);
        double high = above is null ? 100 : above.Min - 0.5 - 1e-6;
        return (low, high);
    }

    private (double? Value, string Detail) Value(SignalKind kind, OccupationInput input, TaskSignal tasks) => kind switch
    {
        SignalKind.Tasks => (tasks.Value, $"{tasks.RatedCount} of {tasks.Tasks.Count} tasks rated"),
        SignalKind.AiExposurePrior => SignalConversions.AiExposurePrior(input.LmAioe, population),
        SignalKind.ObservedUse => SignalConversions.ObservedUse(input.AiApplicability),
        SignalKind.Outlook => SignalConversions.Outlook(input.ProjectedChangePct, model),
        SignalKind.Demand => (null, "Pending: no public source yet"),
        SignalKind.EntryEducation => SignalConversions.EntryEducation(input.EntryEducation, model),
        SignalKind.CredentialTrend => SignalConversions.CredentialTrend(input, model, population),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown signal."),
    };
}
