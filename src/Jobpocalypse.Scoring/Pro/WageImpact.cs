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

/// <summary>Exposed share at one seniority level (feasibility adjusted by the level's multiplier).</summary>
public sealed record LevelExposure(SeniorityLevel Level, double Multiplier, double Share);

/// <summary>
/// The wage impact of one occupation. Shares are 0–1 of rated task weight; null when no task is rated.
/// Dollar figures are null when BLS has no median wage (and, for the wage bill, no employment).
/// </summary>
public sealed record WageImpactResult(
    double? ExposedShare,
    int ExposedWeight,
    int RatedWeight,
    IReadOnlyList<LevelExposure> ByLevel,
    WageInput Wage,
    double? PayTiedToExposedTasks,
    double? WageBillTiedToExposedTasks)
{
    public double? Share(SeniorityLevel level) => ByLevel.FirstOrDefault(l => l.Level == level)?.Share;
}

public static class WageImpact
{
    public static WageImpactResult For(OccupationScore score, WageInput wage, ProModel pro)
    {
        double threshold = pro.Wages.ExposedThreshold;
        var rated = score.TaskSignal.Tasks.Where(t => t.IsRated).ToList();
        int ratedWeight = rated.Sum(t => t.Weight);
        int exposedWeight = rated.Where(t => t.Feasibility >= threshold).Sum(t => t.Weight);
        double? share = ratedWeight > 0 ? (double)exposedWeight / ratedWeight : null;
        var byLevel = ratedWeight > 0
            ? Enum.GetValues<SeniorityLevel>()
                .Select(level =>
                {
                    double m = score.Seniority?.Multiplier(level) ?? 1;
                    int weight = rated.Where(t => TaskHeatmap.LevelFeasibility(t.Feasibility, m) >= threshold).Sum(t => t.Weight);
                    return new LevelExposure(level, m, (double)weight / ratedWeight);
                })
                .ToList()
            : [];
        double? pay = share * wage.MedianWage;
        double? bill = pay * wage.AttributedEmploymentThousands * 1000;
        return new WageImpactResult(share, exposedWeight, ratedWeight, byLevel, wage, pay, bill);
    }
}
