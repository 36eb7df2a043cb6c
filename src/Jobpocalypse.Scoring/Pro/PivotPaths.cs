namespace Jobpocalypse.Scoring.Pro;

/// <summary>
/// An occupation a reader might move to, as the web layer knows it: its score (which carries its task statements),
/// BLS figures, and how it is related (O*NET tier via <see cref="PivotRule.RelationFor"/>, or <see cref="PivotRelation.SameCategory"/>).
/// </summary>
public sealed record PivotCandidateInput(
    string Title,
    OccupationScore Score,
    int? MedianWage,
    double? ChangePct,
    string? OutlookWording,
    string? EntryEducation,
    PivotRelation Relation)
{
    public string Code => Score.Code;
    public string CategoryCode => Score.CategoryCode;
    public IReadOnlyList<string> TaskTexts => Score.TaskSignal.Tasks.Select(t => t.Task.Text).ToList();
}

/// <summary>
/// One ranked pivot path with every term of its rank shown: score change (negative: the candidate is less exposed),
/// wage change ($ and %, null when either wage is missing), task overlap and the rank value they make.
/// </summary>
public sealed record PivotPath(
    PivotCandidateInput Candidate,
    RelationWeight Relation,
    double Score,
    double ScoreChange,
    int? WageChange,
    double? WageChangePct,
    TaskOverlap Overlap,
    double OverlapFactor,
    double RankValue)
{
    public string Code => Candidate.Code;
    public string Title => Candidate.Title;
    /// <summary>How many points lower the candidate scores (positive).</summary>
    public double Drop => -ScoreChange;
}

/// <summary>The top paths, with how many candidates there were and why the others are not shown.</summary>
public sealed record PivotPlan(IReadOnlyList<PivotPath> Paths, int CandidateCount, int LowerCount, int NotLowerCount, int NotRatedCount);

public static class PivotPaths
{
    /// <summary>
    /// Keeps the candidates whose overall score is strictly lower than the occupation's, measures each one's task overlap
    /// and ranks them by <see cref="PivotRule"/>'s rank value; returns the top <see cref="PivotRule.Count"/>.
    /// An occupation listed twice (O*NET related and same category) keeps its heaviest relation.
    /// </summary>
    public static PivotPlan For(OccupationScore origin, int? originWage, IEnumerable<PivotCandidateInput> candidates, ProModel pro)
    {
        var rule = pro.Pivots;
        var distinct = candidates
            .Where(c => c.Code != origin.Code)
            .GroupBy(c => c.Code, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(c => rule.Relation(c.Relation).Weight).First())
            .ToList();
        int notRated = distinct.Count(c => c.Score.Overall is null);
        if (origin.Overall is not { } originScore)
            return new PivotPlan([], distinct.Count, 0, 0, notRated);

        var lower = distinct.Where(c => c.Score.Overall < originScore).ToList();
        var sourceTasks = TaskOverlaps.Prepare(origin.TaskSignal.Tasks, rule.Overlap);
        var paths = lower
            .Select(c =>
            {
                var relation = rule.Relation(c.Relation);
                double score = c.Score.Overall!.Value;
                var overlap = TaskOverlaps.Measure(sourceTasks, c.TaskTexts, rule.Overlap);
                double factor = rule.OverlapFloor + (1 - rule.OverlapFloor) * (overlap.Share ?? 0);
                double drop = originScore - score;
                (int? wageChange, double? wagePct) = originWage is > 0 && c.MedianWage is { } w
                    ? (w - originWage.Value, 100.0 * (w - originWage.Value) / originWage.Value)
                    : ((int?)null, (double?)null);
                return new PivotPath(c, relation, score, -drop, wageChange, wagePct, overlap, factor, drop * relation.Weight * factor);
            })
            .OrderByDescending(p => p.RankValue)
            .ThenBy(p => p.WageChange is null ? 1 : 0)
            .ThenByDescending(p => p.WageChange ?? 0)
            .ThenBy(p => p.Code, StringComparer.Ordinal)
            .Take(rule.Count)
            .ToList();
        int notLower = distinct.Count - lower.Count - notRated;
        return new PivotPlan(paths, distinct.Count, lower.Count, notLower, notRated);
    }
}
