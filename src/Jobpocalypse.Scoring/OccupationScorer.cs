namespace Jobpocalypse.Scoring;

/// <summary>Turns one occupation's inputs into its signals, overall score, band and seniority levels.</summary>
public sealed class OccupationScorer(ScoringModel model, ScoringPopulation population)
{
    public ScoringModel Model => model;

    public OccupationScore Score(OccupationInput input)
    {
        var tasks = TaskScorer.Score(input.Tasks, model);
        var raw = model.Signals.Select(definition => (definition, value: Value(definition.Kind, input, tasks))).ToList();

        double availableWeight = raw.Where(r => r.value.Value is not null).Sum(r => r.definition.Weight);
        bool rated = tasks.Value is not null && availableWeight > 0;
        var signals = raw.Select(r =>
        {
            double effective = rated && r.value.Value is not null ? r.definition.Weight / availableWeight : 0;
            double? contribution = rated && r.value.Value is { } v ? effective * v : null;
            return new SignalScore(r.definition, r.value.Value, effective, contribution, r.value.Detail);
        }).ToList();

        double? overall = rated ? SignalConversions.Clamp(signals.Sum(s => s.Contribution ?? 0)) : null;
        var curve = model.CurveFor(input.CategoryCode);
        var levels = overall is { } o
            ? Enum.GetValues<SeniorityLevel>()
                .Select(level => new LevelScore(level, curve.Multiplier(level), SignalConversions.Clamp(o * curve.Multiplier(level))))
                .ToList()
            : [];
        return new OccupationScore(input.Code, input.CategoryCode, tasks, signals, overall,
            overall is { } s ? model.BandFor(s) : null, curve, levels);
    }

    private (double? Value, string Detail) Value(SignalKind kind, OccupationInput input, TaskSignal tasks) => kind switch
    {
        SignalKind.Tasks => (tasks.Value, $"{tasks.RatedCount} of {tasks.Tasks.Count} tasks rated"),
        SignalKind.AiExposurePrior => SignalConversions.AiExposurePrior(input.LmAioe, population),
        SignalKind.Outlook => SignalConversions.Outlook(input.ProjectedChangePct, model),
        SignalKind.Demand => (null, "Pending: no public source yet"),
        SignalKind.EntryEducation => SignalConversions.EntryEducation(input.EntryEducation, model),
        SignalKind.CredentialTrend => SignalConversions.CredentialTrend(input, model, population),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown signal."),
    };
}
