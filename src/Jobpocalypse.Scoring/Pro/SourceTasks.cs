namespace Jobpocalypse.Scoring.Pro;

/// <summary>
/// A source occupation's tasks and their word numbers, prepared once for comparing with many candidates (every
/// occupation of a category, every lower-scoring pivot). It indexes which source tasks use each word, so counting the
/// words one candidate statement shares with every source task reads that statement's few words once, instead of
/// merging it with each source task in turn.
/// </summary>
internal sealed class SourceTasks
{
    private readonly Dictionary<int, int[]> _tasksByWord;

    public SourceTasks(IReadOnlyList<TaskScore> tasks, TaskWords words)
    {
        Tasks = tasks.Select(t => (t, words.Reduce(t.Task.Text).Numbers)).ToList();
        _tasksByWord = Tasks
            .SelectMany((t, index) => t.Words.Select(word => (Word: word, Task: index)))
            .GroupBy(x => x.Word, x => x.Task)
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    public IReadOnlyList<(TaskScore Task, int[] Words)> Tasks { get; }

    /// <summary>
    /// For each source task, the number of words it shares with each candidate statement (a statement's word numbers
    /// are distinct, so each shared word counts once).
    /// </summary>
    public int[][] SharedWords(IReadOnlyList<int[]> candidates)
    {
        var shared = new int[Tasks.Count][];
        for (int s = 0; s < shared.Length; s++) shared[s] = new int[candidates.Count];
        for (int c = 0; c < candidates.Count; c++)
        {
            foreach (var word in candidates[c])
            {
                if (!_tasksByWord.TryGetValue(word, out var users)) continue;
                foreach (var s in users) shared[s][c]++;
            }
        }
        return shared;
    }
}
