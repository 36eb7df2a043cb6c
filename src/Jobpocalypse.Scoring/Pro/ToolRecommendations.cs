namespace Jobpocalypse.Scoring.Pro;

/// <summary>A category whose patterns match a task, and which of its patterns did.</summary>
public sealed record ToolCandidate(ToolCategory Category, IReadOnlyList<string> MatchedPatterns)
{
    public int Strength => MatchedPatterns.Count;
}

/// <summary>One of the occupation's most exposed tasks and the tool category recommended for it (null: none fits).</summary>
public sealed record TaskToolMatch(TaskScore Task, ToolCandidate? Best, IReadOnlyList<ToolCandidate> Candidates)
{
    /// <summary>The ordering key of the tasks considered: feasibility × weight.</summary>
    public double Exposure => Task.Feasibility!.Value * Task.Weight;
}

/// <summary>A recommended category with the considered tasks it is the best match for.</summary>
public sealed record ToolCoverage(ToolCategory Category, IReadOnlyList<TaskScore> Tasks);

public sealed record ToolRecommendationResult(IReadOnlyList<TaskToolMatch> Tasks, IReadOnlyList<ToolCoverage> Categories)
{
    public bool HasRecommendation => Categories.Count > 0;
}

public static class ToolRecommendations
{
    /// <summary>
    /// The occupation's top <see cref="ToolMatchRule.TopTaskCount"/> rated tasks by feasibility × weight (feasibility at
    /// least <see cref="ToolMatchRule.MinFeasibility"/>), each with its best tool category: the one with the most matching
    /// patterns, ties to the category listed first. Categories are summarised with the tasks they cover.
    /// </summary>
    public static ToolRecommendationResult For(TaskSignal tasks, ToolCatalogue catalogue, ProModel pro)
    {
        var rule = pro.Tools;
        var matches = tasks.Tasks
            .Where(t => t.Feasibility >= rule.MinFeasibility)
            .OrderByDescending(t => t.Feasibility!.Value * t.Weight)
            .ThenBy(t => t.Task.TaskId)
            .Take(rule.TopTaskCount)
            .Select(t =>
            {
                var candidates = Candidates(t.Task.Text, catalogue);
                return new TaskToolMatch(t, candidates.FirstOrDefault(), candidates);
            })
            .ToList();
        var order = catalogue.Entries.Select((e, i) => (e.Category.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var categories = matches
            .Where(m => m.Best is not null)
            .GroupBy(m => m.Best!.Category.Id, StringComparer.Ordinal)
            .Select(g => (Coverage: new ToolCoverage(g.First().Best!.Category, g.Select(m => m.Task).ToList()), Exposure: g.Sum(m => m.Exposure)))
            .OrderByDescending(c => c.Coverage.Tasks.Count)
            .ThenByDescending(c => c.Exposure)
            .ThenBy(c => order[c.Coverage.Category.Id])
            .Select(c => c.Coverage)
            .ToList();
        return new ToolRecommendationResult(matches, categories);
    }

    /// <summary>Every category with at least one matching pattern, strongest first, ties in catalogue order.</summary>
    public static IReadOnlyList<ToolCandidate> Candidates(string taskText, ToolCatalogue catalogue)
    {
        var words = TaskText.Words(taskText).ToList();
        return catalogue.Entries
            .Select(e => new ToolCandidate(e.Category, e.Patterns.Where(p => p.Matches(words)).Select(p => p.Text).ToList()))
            .Where(c => c.Strength > 0)
            .OrderByDescending(c => c.Strength) // OrderBy is stable: equal strengths keep catalogue order
            .ToList();
    }
}
