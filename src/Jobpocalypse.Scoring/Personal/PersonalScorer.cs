namespace Jobpocalypse.Scoring.Personal;

/// <summary>One task a reader does: the O*NET task, the occupation it is written for, and the reader's share of time (1–100).</summary>
public sealed record PersonalTask(TaskInput Task, string OccupationCode, int Share);

/// <summary>An occupation the reader's tasks come from and the share of the reader's time its tasks take (0–1).</summary>
public sealed record OccupationShare(string Code, double Share);

/// <summary>
/// A personal score: the report's score of the reader's own task list, the occupations it is drawn from (their mix
/// supplies the occupation-level signals), the level the reader chose and the seniority reading at that level.
/// </summary>
public sealed record PersonalScore(OccupationScore Score, IReadOnlyList<OccupationShare> Mix, SeniorityLevel Level)
{
    public const string Code = "personal";
    public LevelScore? AtLevel => Score.Levels.FirstOrDefault(l => l.Level == Level);
}

/// <summary>
/// Scores a reader's own task list through the occupation report's rules (<see cref="OccupationScorer.Assemble"/>):
/// the same task feasibility, evidence and market weights, band limit, verdict rule and seniority model.
/// Two things differ, both because a person is not an occupation:
/// <list type="bullet">
/// <item>Inside the task signal, each task weighs the reader's share of time instead of O*NET's Core/Supplemental
/// importance: importance says how central a task is to the occupation on average, the share says how much of this
/// reader's week it takes, which is the better weight for their own work.</item>
/// <item>The occupation-level signals (AI exposure prior, observed use, outlook, education, credential trend) have no
/// value for a person. Each is the mix of the values of the occupations the tasks come from, weighted by the time the
/// reader spends on each occupation's tasks; an occupation with no value is left out of that signal's mix. Among the
/// evidence signals the task signal still weighs its rated tasks' O*NET weights (Core 2, other 1), so the priors fade
/// as the reader's rated work grows, exactly as in an occupation report.</item>
/// </list>
/// </summary>
public sealed class PersonalScorer(OccupationScorer scorer)
{
    public const string MixDetail = "Mix of the occupations your tasks come from, weighted by your time";

    public PersonalScore Score(IReadOnlyList<PersonalTask> tasks, SeniorityLevel level, Func<string, OccupationScore?> occupation)
    {
        var model = scorer.Model;
        var shares = tasks.GroupBy(t => t.Task.TaskId).ToDictionary(g => g.Key, g => g.Sum(t => t.Share));
        var distinct = tasks.DistinctBy(t => t.Task.TaskId).ToList();
        var signal = TaskScorer.Score(distinct.Select(t => t.Task).ToList(), model, t => shares[t.TaskId]);
        double taskWeight = distinct.Where(t => TaskScorer.Feasibility(t.Task, model) is not null).Sum(t => model.Weight(t.Task.Type).Weight);

        double total = distinct.Sum(t => shares[t.Task.TaskId]);
        var mix = distinct.GroupBy(t => t.OccupationCode, StringComparer.OrdinalIgnoreCase)
            .Select(g => new OccupationShare(g.Key, total > 0 ? g.Sum(t => shares[t.Task.TaskId]) / total : 0))
            .OrderByDescending(m => m.Share).ThenBy(m => m.Code, StringComparer.Ordinal)
            .ToList();
        var scores = mix.Select(m => (m.Share, Score: occupation(m.Code))).Where(m => m.Score is not null).ToList();
        var category = scores.FirstOrDefault().Score?.CategoryCode ?? "";

        (double? Value, string Detail) Value(SignalKind kind)
        {
            if (kind == SignalKind.Tasks) return (signal.Value, $"{signal.RatedCount} of {signal.Tasks.Count} of your tasks rated");
            if (kind == SignalKind.Demand) return (null, "Pending: no public source yet");
            var known = scores.Select(s => (s.Share, s.Score!.Signal(kind).Value)).Where(s => s.Value is not null && s.Share > 0).ToList();
            double weight = known.Sum(k => k.Share);
            if (weight <= 0) return (null, "None of the occupations your tasks come from has a value");
            return (known.Sum(k => k.Share * k.Value!.Value) / weight, $"{MixDetail} ({known.Count} of {scores.Count} with a value)");
        }

        var score = scorer.Assemble(PersonalScore.Code, category, signal, taskWeight, Value);
        return new PersonalScore(score, mix, level);
    }
}
