namespace Jobpocalypse.Scoring;

/// <summary>
/// Everything the score of one occupation is computed from. Null means the source has no value. AiApplicability is
/// Tomlinson et al.'s (2025) AI applicability score of the occupation's SOC code (0–1).
/// </summary>
public sealed record OccupationInput(
    string Code,
    string CategoryCode,
    IReadOnlyList<TaskInput> Tasks,
    double? LmAioe = null,
    double? ProjectedChangePct = null,
    string? EntryEducation = null,
    string? PreviousEntryEducation = null,
    int? MedianWage = null,
    int? PreviousMedianWage = null,
    double? AiApplicability = null);

/// <summary>
/// Facts about all occupations that a single occupation's signals are relative to:
/// the published LM-AIOE population (for percentiles) and the median wage growth between BLS releases.
/// </summary>
public sealed class ScoringPopulation
{
    private readonly double[] _sortedLmAioe;

    public ScoringPopulation(IEnumerable<double> lmAioePopulation, double? medianWageGrowthPct)
    {
        _sortedLmAioe = lmAioePopulation.Order().ToArray();
        MedianWageGrowthPct = medianWageGrowthPct;
    }

    public int LmAioeCount => _sortedLmAioe.Length;
    public double? MedianWageGrowthPct { get; }

    /// <summary>Mid-rank percentile (0–100): share of the population below the value, ties counted half.</summary>
    public double? LmAioePercentile(double value)
    {
        if (_sortedLmAioe.Length == 0) return null;
        int below = LowerBound(value);
        int equal = LowerBound(Math.BitIncrement(value)) - below;
        return 100.0 * (below + 0.5 * equal) / _sortedLmAioe.Length;
    }

    public static double? WageGrowthPct(int? previous, int? current) =>
        previous is > 0 && current is > 0 ? 100.0 * (current.Value - previous.Value) / previous.Value : null;

    /// <summary>Builds the population from the published AIOE table and every occupation's wages.</summary>
    public static ScoringPopulation From(IEnumerable<double> lmAioePopulation, IEnumerable<OccupationInput> occupations)
    {
        var growth = occupations
            .Select(o => WageGrowthPct(o.PreviousMedianWage, o.MedianWage))
            .OfType<double>()
            .Order()
            .ToList();
        double? median = growth.Count == 0 ? null
            : growth.Count % 2 == 1 ? growth[growth.Count / 2]
            : (growth[growth.Count / 2 - 1] + growth[growth.Count / 2]) / 2;
        return new ScoringPopulation(lmAioePopulation, median);
    }

    private int LowerBound(double value)
    {
        int lo = 0, hi = _sortedLmAioe.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (_sortedLmAioe[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
