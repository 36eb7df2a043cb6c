using System.Collections.Concurrent;
using Jobpocalypse.Scoring.Pro;

namespace Jobpocalypse.Scoring;

/// <summary>Where a task's share of the work concentrates: at entry level, at senior level, or evenly.</summary>
public enum SeniorityTilt { Entry, Even, Senior }

/// <summary>
/// The seniority model: a task whose statement matches an entry marker (and no senior one) takes a larger share of an
/// entry-level worker's time and a smaller share of a senior's, and the reverse for senior markers. Shares at a
/// level = task weight × Emphasis where the task concentrates, ÷ Emphasis at the opposite level, × 1 otherwise.
/// Markers use the <see cref="TaskPattern"/> syntax.
/// </summary>
public sealed record SeniorityRule(
    IReadOnlyList<string> EntryMarkers,
    IReadOnlyList<string> SeniorMarkers,
    double Emphasis,
    int DriverCount,
    string Explanation);

/// <summary>One task's tilt and the marker that decided it (null for an even task).</summary>
public sealed record TaskSeniority(TaskScore Task, SeniorityTilt Tilt, string? Marker);

/// <summary>
/// A level's task signal (the weighted mean feasibility with that level's time shares), its multiplier (that signal ÷ the
/// mid-level one) and its score (what AI can do × the multiplier, kept within 0–100).
/// </summary>
public sealed record LevelScore(SeniorityLevel Level, double TaskSignal, double Multiplier, double Score);

/// <summary>An occupation's seniority curve, computed from its own tasks.</summary>
public sealed record SeniorityProfile(IReadOnlyList<TaskSeniority> Tasks, IReadOnlyList<LevelScore> Levels, int DriverCount)
{
    public double Multiplier(SeniorityLevel level) => Levels.Single(l => l.Level == level).Multiplier;

    /// <summary>The rated tasks of one tilt that move the curve most: highest weight × feasibility first.</summary>
    public IReadOnlyList<TaskSeniority> Drivers(SeniorityTilt tilt) => Tasks
        .Where(t => t.Tilt == tilt && t.Task.IsRated)
        .OrderByDescending(t => t.Task.Weight * t.Task.Feasibility!.Value)
        .ThenBy(t => t.Task.Task.TaskId)
        .Take(DriverCount)
        .ToList();
}

/// <summary>A category's curve: the mean of its rated occupations' multipliers.</summary>
public sealed record SeniorityCurve(double Entry, double Mid, double Senior, int Occupations)
{
    public double Multiplier(SeniorityLevel level) => level switch
    {
        SeniorityLevel.Entry => Entry,
        SeniorityLevel.Mid => Mid,
        _ => Senior,
    };

    public static SeniorityCurve? Aggregate(IEnumerable<SeniorityProfile> profiles)
    {
        var list = profiles.ToList();
        if (list.Count == 0) return null;
        return new SeniorityCurve(
            list.Average(p => p.Multiplier(SeniorityLevel.Entry)),
            list.Average(p => p.Multiplier(SeniorityLevel.Mid)),
            list.Average(p => p.Multiplier(SeniorityLevel.Senior)),
            list.Count);
    }
}

/// <summary>Classifies task statements by the rule's markers (parsed once) and computes seniority profiles.</summary>
public sealed class SeniorityModel
{
    private readonly SeniorityRule _rule;
    private readonly TaskPatternList _entry;
    private readonly TaskPatternList _senior;
    // A statement's tilt depends on its text alone; scorers that share this model classify each statement once.
    private readonly ConcurrentDictionary<string, (SeniorityTilt Tilt, string? Marker)> _byText = new(StringComparer.Ordinal);

    public SeniorityModel(SeniorityRule rule)
    {
        _rule = rule;
        _entry = new TaskPatternList(rule.EntryMarkers.Select(TaskPattern.Parse));
        _senior = new TaskPatternList(rule.SeniorMarkers.Select(TaskPattern.Parse));
    }

    public TaskSeniority Classify(TaskScore task)
    {
        var (tilt, marker) = _byText.GetOrAdd(task.Task.Text, Tilt);
        return new TaskSeniority(task, tilt, marker);
    }

    private (SeniorityTilt, string?) Tilt(string text)
    {
        var words = TaskText.Words(text).ToList();
        var entry = _entry.FirstMatch(words);
        var senior = _senior.FirstMatch(words);
        return (entry, senior) switch
        {
            ({ } e, null) => (SeniorityTilt.Entry, e.Text),
            (null, { } s) => (SeniorityTilt.Senior, s.Text),
            _ => (SeniorityTilt.Even, null),
        };
    }

    /// <summary>A task's weight in a level's time shares.</summary>
    public double LevelWeight(TaskSeniority task, SeniorityLevel level) => (task.Tilt, level) switch
    {
        (SeniorityTilt.Entry, SeniorityLevel.Entry) or (SeniorityTilt.Senior, SeniorityLevel.Senior) => task.Task.Weight * _rule.Emphasis,
        (SeniorityTilt.Entry, SeniorityLevel.Senior) or (SeniorityTilt.Senior, SeniorityLevel.Entry) => task.Task.Weight / _rule.Emphasis,
        _ => task.Task.Weight,
    };

    /// <summary>The profile of an occupation whose evidence score (what AI can do) is known; null when nothing is rated.</summary>
    public SeniorityProfile? Profile(TaskSignal tasks, double? evidence)
    {
        if (tasks.Value is not { } mid || evidence is not { } whatAiCanDo) return null;
        var classified = tasks.Tasks.Select(Classify).ToList();
        var rated = classified.Where(t => t.Task.IsRated).ToList();
        var levels = Enum.GetValues<SeniorityLevel>().Select(level =>
        {
            double weight = rated.Sum(t => LevelWeight(t, level));
            double signal = rated.Sum(t => LevelWeight(t, level) * t.Task.Feasibility!.Value) / weight;
            double multiplier = mid > 0 ? signal / mid : 1;
            return new LevelScore(level, signal, multiplier, SignalConversions.Clamp(whatAiCanDo * multiplier));
        }).ToList();
        return new SeniorityProfile(classified, levels, _rule.DriverCount);
    }
}
