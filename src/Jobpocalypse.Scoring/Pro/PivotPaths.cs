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

    /// <summary>Task statements, core tasks first (O*NET's own designation of what is central), then in O*NET's order.</summary>
    public IReadOnlyList<string> TaskTexts => Score.TaskSignal.Tasks
        .OrderByDescending(t => t.Weight).ThenBy(t => t.Task.TaskId).Select(t => t.Task.Text).ToList();
}

/// <summary>The BLS figures of the occupation a reader leaves, which each pivot is compared with.</summary>
public sealed record PivotOrigin(int? MedianWage, double? ChangePct, string? EntryEducation);

/// <summary>
/// The step in BLS typical entry education: <paramref name="Levels"/> = candidate's rank − origin's (positive: more
/// schooling), null when either is unknown.
/// </summary>
public sealed record EducationStep(string? From, string? To, int? Levels);

/// <summary>
/// One ranked pivot path with every term of its rank shown: score change (negative: the candidate is less exposed),
/// wage change ($ and %, null when either wage is missing), outlook change (percentage points), task overlap with the
/// tasks that carry over and the tasks to learn, the education step and the rank value.
/// </summary>
public sealed record PivotPath(
    PivotCandidateInput Candidate,
    RelationWeight Relation,
    Closeness Closeness,
    double Score,
    double ScoreChange,
    int? WageChange,
    double? WageChangePct,
    double? OutlookChange,
    EducationStep Education,
    TaskOverlap Overlap,
    IReadOnlyList<TaskMatch> CarryOver,
    IReadOnlyList<string> ToLearn,
    double OverlapFactor,
    double RankValue)
{
    public string Code => Candidate.Code;
    public string Title => Candidate.Title;
    /// <summary>How many points lower the candidate scores (positive).</summary>
    public double Drop => -ScoreChange;
    /// <summary>Task overlap, above zero for every path (paths without shared work are not kept).</summary>
    public double OverlapShare => Overlap.Share!.Value;
}

/// <summary>
/// The top paths, with how many candidates there were and why the others are not shown: not lower-scoring, not rated,
/// or lower-scoring but sharing no task.
/// </summary>
public sealed record PivotPlan(IReadOnlyList<PivotPath> Paths, int CandidateCount, int LowerCount, int NotLowerCount, int NotRatedCount, int NoOverlapCount);

public static class PivotPaths
{
    /// <summary>
    /// Keeps the candidates whose overall score is strictly lower than the occupation's and that share at least one
    /// task with it (task overlap above zero), and ranks them by <see cref="PivotRule"/>'s rank value; returns the top
    /// <see cref="PivotRule.Count"/>. An occupation listed twice (O*NET related and same category) keeps its heaviest relation.
    /// </summary>
    public static PivotPlan For(OccupationScore origin, PivotOrigin facts, IEnumerable<PivotCandidateInput> candidates, ScoringModel model,
        TaskWords? words = null)
    {
        var rule = model.Pro.Pivots;
        var distinct = candidates
            .Where(c => c.Code != origin.Code)
            .GroupBy(c => c.Code, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(c => rule.Relation(c.Relation).Weight).First())
            .ToList();
        int notRated = distinct.Count(c => c.Score.Overall is null);
        if (origin.Overall is not { } originScore)
            return new PivotPlan([], distinct.Count, 0, 0, notRated, 0);

        var lower = distinct.Where(c => c.Score.Overall < originScore).ToList();
        words ??= new TaskWords(rule.Overlap);
        var sourceTasks = TaskOverlaps.Prepare(origin.TaskSignal.Tasks, words);
        var measured = lower.Select(c => (Candidate: c, Overlap: TaskOverlaps.Measure(sourceTasks, c.TaskTexts, words))).ToList();
        var paths = measured
            .Where(m => m.Overlap.Share is > 0)
            .Select(m => Path(m.Candidate, m.Overlap, originScore, facts, model))
            .OrderByDescending(p => p.RankValue)
            .ThenBy(p => p.WageChange is null ? 1 : 0)
            .ThenByDescending(p => p.WageChange ?? 0)
            .ThenBy(p => p.Code, StringComparer.Ordinal)
            .Take(rule.Count)
            .ToList();
        int notLower = distinct.Count - lower.Count - notRated;
        return new PivotPlan(paths, distinct.Count, lower.Count, notLower, notRated, measured.Count(m => m.Overlap.Share is not > 0));
    }

    private static PivotPath Path(PivotCandidateInput c, TaskOverlap overlap, double originScore, PivotOrigin facts, ScoringModel model)
    {
        var rule = model.Pro.Pivots;
        var relation = rule.Relation(c.Relation);
        double score = c.Score.Overall!.Value;
        double share = overlap.Share!.Value;
        double factor = rule.OverlapFloor + (1 - rule.OverlapFloor) * share;
        double drop = originScore - score;
        (int? wageChange, double? wagePct) = facts.MedianWage is > 0 && c.MedianWage is { } w
            ? (w - facts.MedianWage.Value, 100.0 * (w - facts.MedianWage.Value) / facts.MedianWage.Value)
            : ((int?)null, (double?)null);
        double? outlookChange = c.ChangePct - facts.ChangePct;
        var from = model.Education(facts.EntryEducation);
        var to = model.Education(c.EntryEducation);
        var education = new EducationStep(facts.EntryEducation, c.EntryEducation, from is not null && to is not null ? to.Rank - from.Rank : null);
        var carry = overlap.Shared.OrderByDescending(m => m.Weight).ThenByDescending(m => m.Similarity).ThenBy(m => m.Task.TaskId)
            .Take(rule.CarryOverCount).ToList();
        var learn = overlap.Unmatched.Take(rule.ToLearnCount).ToList();
        return new PivotPath(c, relation, rule.ClosenessFor(share)!, score, -drop, wageChange, wagePct, outlookChange, education,
            overlap, carry, learn, factor, drop * relation.Weight * factor);
    }
}
