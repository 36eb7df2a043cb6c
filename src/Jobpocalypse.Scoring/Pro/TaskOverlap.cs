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
    public static TaskOverlap Measure(IReadOnlyList<TaskScore> source, IReadOnlyList<string> candidateTasks, TaskOverlapRule rule)
    {
        var words = new TaskWords(rule);
        return Measure(Prepare(source, words), candidateTasks, words);
    }

    internal static SourceTasks Prepare(IReadOnlyList<TaskScore> source, TaskWords words) => new(source, words);

    internal static TaskOverlap Measure(SourceTasks source, IReadOnlyList<string> candidateTasks, TaskWords words)
    {
        var rule = words.Rule;
        var candidate = candidateTasks.Select(t => (Text: t, Words: words.Reduce(t).Numbers)).ToList();
        var shared = source.SharedWords(candidate.Select(c => c.Words).ToList());
        // One pass over the source × candidate similarities gives both each source task's best match and the
        // candidate statements that no source task comes close to.
        var matchedByAny = new bool[candidate.Count];
        var matches = new List<TaskMatch>(source.Tasks.Count);
        for (int s = 0; s < source.Tasks.Count; s++)
        {
            var (task, sourceWords) = source.Tasks[s];
            string? bestText = null;
            double best = 0;
            for (int c = 0; c < candidate.Count; c++)
            {
                var similarity = TaskWords.Cosine(shared[s][c], sourceWords.Length, candidate[c].Words.Length);
                if (similarity >= rule.Threshold) matchedByAny[c] = true;
                // Most similar first; on a tie, the text first in ordinal order.
                if (bestText is null || similarity > best
                    || (similarity == best && string.CompareOrdinal(candidate[c].Text, bestText) < 0))
                    (bestText, best) = (candidate[c].Text, similarity);
            }
            bool isShared = bestText is not null && best >= rule.Threshold;
            matches.Add(new TaskMatch(task.Task, task.Weight, bestText, best, isShared));
        }
        matches = matches.OrderByDescending(m => m.Similarity).ThenBy(m => m.Task.TaskId).ToList();
        int total = matches.Sum(m => m.Weight);
        int sharedWeight = matches.Where(m => m.IsShared).Sum(m => m.Weight);
        double? share = total > 0 && candidate.Count > 0 ? (double)sharedWeight / total : null;
        var unmatched = candidate.Where((_, c) => !matchedByAny[c]).Select(c => c.Text).ToList();
        return new TaskOverlap(share, sharedWeight, total, matches, unmatched);
    }
}
