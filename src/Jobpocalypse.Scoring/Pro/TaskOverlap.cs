namespace Jobpocalypse.Scoring.Pro;

/// <summary>One task of the source occupation, the candidate's task most like it, and whether that counts as shared.</summary>
public sealed record TaskMatch(TaskInput Task, int Weight, string? BestMatch, double Similarity, bool IsShared);

/// <summary>
/// Share of tasks in common = weight of the source tasks that have a close match among the candidate's tasks
/// ÷ weight of all source tasks. Null when either occupation has no task statements. <paramref name="Unmatched"/>: the
/// candidate's task statements (in the order given) that no source task comes close to, the work someone moving from
/// the source occupation would have to learn.
/// </summary>
public sealed record TaskOverlap(double? Share, int SharedWeight, int TotalWeight, IReadOnlyList<TaskMatch> Matches, IReadOnlyList<string> Unmatched)
{
    public int SharedCount => Matches.Count(m => m.IsShared);
    public IEnumerable<TaskMatch> Shared => Matches.Where(m => m.IsShared);
}

public static class TaskOverlaps
{
    /// <summary>
    /// For each source task (rated or not: the overlap is about the work, not its labels), its best match among the
    /// candidate's task statements by <see cref="TaskText.Cosine"/> of content words; shared when the best similarity
    /// reaches <see cref="TaskOverlapRule.Threshold"/>. Matches are listed most similar first.
    /// </summary>
    public static TaskOverlap Measure(IReadOnlyList<TaskScore> source, IReadOnlyList<string> candidateTasks, TaskOverlapRule rule) =>
        Measure(Prepare(source, rule), candidateTasks, rule);

    internal static IReadOnlyList<(TaskScore Task, IReadOnlySet<string> Words)> Prepare(IReadOnlyList<TaskScore> source, TaskOverlapRule rule) =>
        source.Select(t => (t, TaskText.ContentWords(t.Task.Text, rule))).ToList();

    internal static TaskOverlap Measure(IReadOnlyList<(TaskScore Task, IReadOnlySet<string> Words)> source,
        IReadOnlyList<string> candidateTasks, TaskOverlapRule rule)
    {
        var candidate = candidateTasks.Select(t => (Text: t, Words: TaskText.ContentWords(t, rule))).ToList();
        var matches = source
            .Select(s =>
            {
                var best = candidate
                    .Select(c => (c.Text, Similarity: TaskText.Cosine(s.Words, c.Words)))
                    .OrderByDescending(c => c.Similarity)
                    .ThenBy(c => c.Text, StringComparer.Ordinal)
                    .FirstOrDefault();
                bool shared = best.Text is not null && best.Similarity >= rule.Threshold;
                return new TaskMatch(s.Task.Task, s.Task.Weight, best.Text, best.Similarity, shared);
            })
            .OrderByDescending(m => m.Similarity)
            .ThenBy(m => m.Task.TaskId)
            .ToList();
        int total = matches.Sum(m => m.Weight);
        int sharedWeight = matches.Where(m => m.IsShared).Sum(m => m.Weight);
        double? share = total > 0 && candidate.Count > 0 ? (double)sharedWeight / total : null;
        var unmatched = candidate
            .Where(c => !source.Any(s => TaskText.Cosine(s.Words, c.Words) >= rule.Threshold))
            .Select(c => c.Text)
            .ToList();
        return new TaskOverlap(share, sharedWeight, total, matches, unmatched);
    }
}
