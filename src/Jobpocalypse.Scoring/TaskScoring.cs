namespace Jobpocalypse.Scoring;

/// <summary>One O*NET task with its published labels. Missing labels mean "not rated".</summary>
public sealed record TaskInput(
    int TaskId,
    string Text,
    TaskType Type,
    ExposureLabel? Exposure,
    AutomationLabel? Automation,
    ExposureLabel? HumanExposure = null);

/// <summary>
/// A task's feasibility (0–100, null when not rated), its weight and its contribution: the points it adds
/// to the task signal (weight × feasibility ÷ total rated weight), so contributions sum to the signal.
/// </summary>
public sealed record TaskScore(TaskInput Task, double? Feasibility, int Weight, double? Contribution)
{
    public bool IsRated => Feasibility is not null;
}

/// <summary>The task signal of one occupation with every task's score, most contributing first, unrated last.</summary>
public sealed record TaskSignal(double? Value, IReadOnlyList<TaskScore> Tasks, double RatedWeight)
{
    public int RatedCount => Tasks.Count(t => t.IsRated);
    public int NotRatedCount => Tasks.Count(t => !t.IsRated);
}

public static class TaskScorer
{
    /// <summary>Feasibility of one task, or null when a label the formula uses is missing (never imputed).</summary>
    public static double? Feasibility(TaskInput task, ScoringModel model)
    {
        var formula = model.TaskFormula;
        if (task.Exposure is null) return null;
        if (task.Automation is null && formula.AutomationShare != 0) return null;
        var exposure = model.ExposureValue(task.Exposure.Value);
        var automation = task.Automation is { } a ? model.AutomationValue(a) : 0;
        return formula.ExposureShare * exposure + formula.AutomationShare * automation;
    }

    public static TaskSignal Score(IReadOnlyList<TaskInput> tasks, ScoringModel model) =>
        Score(tasks, model, t => model.Weight(t.Type).Weight);

    /// <summary>
    /// The same weighted mean with weights of the caller's choosing: a personal report weighs each task by the reader's
    /// share of time (see <see cref="Personal.PersonalScorer"/>).
    /// </summary>
    public static TaskSignal Score(IReadOnlyList<TaskInput> tasks, ScoringModel model, Func<TaskInput, int> weight)
    {
        var rated = tasks
            .Select(t => (Task: t, Feasibility: Feasibility(t, model), Weight: weight(t)))
            .ToList();
        double ratedWeight = rated.Where(r => r.Feasibility is not null).Sum(r => r.Weight);
        var scores = rated
            .Select(r => new TaskScore(r.Task, r.Feasibility, r.Weight,
                r.Feasibility is { } f && ratedWeight > 0 ? r.Weight * f / ratedWeight : null))
            .OrderBy(s => s.IsRated ? 0 : 1)
            .ThenByDescending(s => s.Contribution ?? 0)
            .ThenBy(s => s.Task.TaskId)
            .ToList();
        double? value = ratedWeight > 0 ? scores.Sum(s => s.Contribution ?? 0) : null;
        return new TaskSignal(value, scores, ratedWeight);
    }
}
