namespace Jobpocalypse.Scoring.Pro;

/// <summary>
/// BLS wage and employment of one occupation. BLS publishes employment per SOC line; when several O*NET occupations
/// share a line, <paramref name="EmploymentSharedBy"/> says how many, and each is attributed an equal part.
/// </summary>
public sealed record WageInput(int? MedianWage, double? EmploymentThousands, int EmploymentSharedBy = 1)
{
    /// <summary>The occupation's part of its BLS line's employment, in thousands.</summary>
    public double? AttributedEmploymentThousands => EmploymentThousands / Math.Max(1, EmploymentSharedBy);

    /// <summary>
    /// Wage inputs for many occupations at once: occupations naming the same BLS line with an employment figure
    /// split that employment evenly. Occupations without a line get no wage or employment.
    /// </summary>
    public static IReadOnlyDictionary<string, WageInput> ForAll(
        IEnumerable<(string Code, string? BlsLine, int? MedianWage, double? EmploymentThousands)> occupations)
    {
        var list = occupations.ToList();
        var sharing = list
            .Where(o => o.BlsLine is not null && o.EmploymentThousands is not null)
            .GroupBy(o => o.BlsLine!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return list.ToDictionary(o => o.Code, o => o.BlsLine is null
            ? new WageInput(null, null)
            : new WageInput(o.MedianWage, o.EmploymentThousands, sharing.GetValueOrDefault(o.BlsLine, 1)), StringComparer.Ordinal);
    }
}

/// <summary>
/// The share of one seniority level's work time AI can do (0–1): <paramref name="Expected"/> from the site's feasibility,
/// <paramref name="Gpt4Exposure"/> and <paramref name="HumanExposure"/> from the paper's exposure labels alone (E1 = 1,
/// E2 = ½, E0 = 0; null when no task has that label), and the range they span.
/// </summary>
public sealed record LevelShare(SeniorityLevel Level, double Expected, double? Gpt4Exposure, double? HumanExposure)
{
    public double Low => new[] { Expected, Gpt4Exposure, HumanExposure }.OfType<double>().Min();
    public double High => new[] { Expected, Gpt4Exposure, HumanExposure }.OfType<double>().Max();
}

/// <summary>
/// The wage impact of one occupation: the expected share of work time AI can do by level (mid level is the occupation's
/// own task weighting, so its expected share is the task signal ÷ 100), the observed-use signal beside it, and the pay
/// and wage bill that go with that share and its range. Null shares: no rated task; null dollars: no BLS wage (or employment).
/// </summary>
public sealed record WageImpactResult(IReadOnlyList<LevelShare> ByLevel, double? ObservedUse, int RatedCount, int HumanLabelledCount, WageInput Wage)
{
    public LevelShare? Level(SeniorityLevel level) => ByLevel.FirstOrDefault(l => l.Level == level);
    public LevelShare? Typical => Level(SeniorityLevel.Mid);
    public double? ExpectedShare => Typical?.Expected;
    public double? Pay(double? share) => share * Wage.MedianWage;
    public double? WageBill(double? share) => Pay(share) * Wage.AttributedEmploymentThousands * 1000;
}

public static class WageImpact
{
    /// <summary>
    /// Expected share at a level = Σ level weight × feasibility ÷ Σ level weight ÷ 100 over rated tasks: a weighted mean,
    /// so it moves smoothly with every task score (no task is counted whole or not at all). The exposure-only readings use
    /// the same level weights over the tasks that carry that label.
    /// </summary>
    public static WageImpactResult For(OccupationScore score, WageInput wage, SeniorityModel seniority, ScoringModel model)
    {
        var classified = score.TaskSignal.Tasks.Select(seniority.Classify).ToList();
        var rated = classified.Where(t => t.Task.IsRated).ToList();
        var byLevel = rated.Count == 0
            ? []
            : Enum.GetValues<SeniorityLevel>()
                .Select(level => new LevelShare(level,
                    Mean(rated, level, seniority, t => t.Task.Feasibility)!.Value / 100,
                    Mean(classified, level, seniority, t => t.Task.Task.Exposure is { } e ? model.ExposureValue(e) : null) / 100,
                    Mean(classified, level, seniority, t => t.Task.Task.HumanExposure is { } h ? model.ExposureValue(h) : null) / 100))
                .ToList();
        var use = score.Signals.FirstOrDefault(s => s.Definition.Kind == SignalKind.ObservedUse)?.Value / 100;
        return new WageImpactResult(byLevel, use, rated.Count, classified.Count(t => t.Task.Task.HumanExposure is not null), wage);
    }

    private static double? Mean(IReadOnlyList<TaskSeniority> tasks, SeniorityLevel level, SeniorityModel seniority, Func<TaskSeniority, double?> value)
    {
        double weight = 0, sum = 0;
        foreach (var t in tasks)
        {
            if (value(t) is not { } v) continue;
            double w = seniority.LevelWeight(t, level);
            weight += w;
            sum += w * v;
        }
        return weight > 0 ? sum / weight : null;
    }
}
