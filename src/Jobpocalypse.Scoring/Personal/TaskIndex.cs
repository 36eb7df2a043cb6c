using Jobpocalypse.Scoring.Pro;

namespace Jobpocalypse.Scoring.Personal;

/// <summary>An O*NET task statement and the occupation it is written for.</summary>
public sealed record IndexedTask(TaskInput Task, string OccupationCode);

/// <summary>
/// Every O*NET task statement by its content words (the shared-work rule of <see cref="TaskText.ContentWords"/>), with
/// an inverted list from word to statements: a reader's line is compared only with the statements that share a word
/// with it, so a 5,000-character paste reads a few thousand postings instead of every statement for every line.
/// Built once per dataset; it holds O*NET text only, never a reader's.
/// </summary>
public sealed class TaskIndex
{
    private readonly Dictionary<string, int[]> _postings;
    private readonly int[] _sizes;
    private readonly Dictionary<int, int> _byId;

    public TaskIndex(IEnumerable<IndexedTask> tasks, TaskWords words)
    {
        Tasks = tasks.ToList();
        Rule = words.Rule;
        var sets = Tasks.Select(t => words.Of(t.Task.Text)).ToList();
        _sizes = sets.Select(s => s.Count).ToArray();
        _postings = sets.SelectMany((set, i) => set.Select(w => (Word: w, Index: i)))
            .GroupBy(p => p.Word, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Index).ToArray(), StringComparer.Ordinal);
        _byId = Tasks.Select((t, i) => (t.Task.TaskId, i)).GroupBy(p => p.TaskId).ToDictionary(g => g.Key, g => g.First().i);
    }

    public IReadOnlyList<IndexedTask> Tasks { get; }
    public TaskOverlapRule Rule { get; }

    public IndexedTask? ById(int taskId) => _byId.TryGetValue(taskId, out var i) ? Tasks[i] : null;

    /// <summary>
    /// Each statement sharing a content word with <paramref name="contentWords"/>, with its cosine similarity
    /// (shared words ÷ √(size × size), the measure of <see cref="TaskText.Cosine"/>), at or above <paramref name="floor"/>
    /// and sharing at least <paramref name="minShared"/> words.
    /// </summary>
    public IReadOnlyList<(IndexedTask Task, double Similarity)> Similar(IReadOnlySet<string> contentWords, double floor, int minShared = 1)
    {
        var found = new List<(IndexedTask, double)>();
        if (contentWords.Count == 0) return found;
        // Shared-word counts by statement in a plain array (a fresh one per call: no state shared between requests);
        // the statements touched are remembered so only they are read back.
        var shared = new int[_sizes.Length];
        var touched = new List<int>();
        foreach (var word in contentWords)
        {
            if (!_postings.TryGetValue(word, out var list)) continue;
            foreach (var i in list)
            {
                if (shared[i]++ == 0) touched.Add(i);
            }
        }
        foreach (var i in touched)
        {
            int count = shared[i];
            if (count < minShared) continue;
            double similarity = count / Math.Sqrt((double)contentWords.Count * _sizes[i]);
            if (similarity >= floor) found.Add((Tasks[i], similarity));
        }
        return found;
    }
}
