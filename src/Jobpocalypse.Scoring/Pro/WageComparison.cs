namespace Jobpocalypse.Scoring.Pro;

/// <summary>One occupation of the comparison population: its category, expected share, median wage and attributed employment.</summary>
public sealed record WagePeer(string Code, string CategoryCode, double ExpectedShare, int? MedianWage, double? EmploymentThousands)
{
    /// <summary>Only occupations with a BLS median wage and employment enter the averages and percentiles.</summary>
    public bool HasBlsData => MedianWage is > 0 && EmploymentThousands is > 0;

    /// <summary>The peer for a scored occupation, or null when it has no rated task (no expected share).</summary>
    public static WagePeer? From(OccupationScore score, WageImpactResult impact) =>
        impact.ExpectedShare is { } share
            ? new WagePeer(score.Code, score.CategoryCode, share, impact.Wage.MedianWage, impact.Wage.AttributedEmploymentThousands)
            : null;
}

/// <summary>
/// A group's (category's or all occupations') employment-weighted averages, and where the occupation's expected share
/// falls in it: mid-rank percentile by occupations and weighted by employment (0–100, ties counted half).
/// </summary>
public sealed record GroupExposure(
    int OccupationCount,
    double EmploymentThousands,
    double MeanExpectedShare,
    double MeanPay,
    double PercentileOfOccupations,
    double PercentileOfWorkers);

/// <summary>The occupation against its category and all occupations; a group is null when none of it has BLS data.</summary>
public sealed record WageComparisonResult(GroupExposure? Category, GroupExposure? All);

public static class WageComparison
{
    public static WageComparisonResult Compare(string categoryCode, double exposedShare, IEnumerable<WagePeer> population)
    {
        var eligible = population.Where(p => p.HasBlsData).ToList();
        return new WageComparisonResult(
            Group(eligible.Where(p => p.CategoryCode == categoryCode).ToList(), exposedShare),
            Group(eligible, exposedShare));
    }

    private static GroupExposure? Group(IReadOnlyList<WagePeer> peers, double share)
    {
        if (peers.Count == 0) return null;
        double employment = peers.Sum(p => p.EmploymentThousands!.Value);
        double meanShare = peers.Sum(p => p.EmploymentThousands!.Value * p.ExpectedShare) / employment;
        double meanPay = peers.Sum(p => p.EmploymentThousands!.Value * p.MedianWage!.Value * p.ExpectedShare) / employment;
        double byOccupations = 100.0 * (peers.Count(p => p.ExpectedShare < share) + 0.5 * peers.Count(p => p.ExpectedShare == share)) / peers.Count;
        double byWorkers = 100.0 * (peers.Where(p => p.ExpectedShare < share).Sum(p => p.EmploymentThousands!.Value)
            + 0.5 * peers.Where(p => p.ExpectedShare == share).Sum(p => p.EmploymentThousands!.Value)) / employment;
        return new GroupExposure(peers.Count, employment, meanShare, meanPay, byOccupations, byWorkers);
    }
}
