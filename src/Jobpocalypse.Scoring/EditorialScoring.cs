namespace Jobpocalypse.Scoring;

/// <summary>
/// A hand-written duty of an editorial analysis and the O*NET task ids it covers; its BLS quote is optional, and its
/// stance is the one the editor declared (checked against <see cref="ScoringModel.StanceFor"/> when the data is built).
/// </summary>
public sealed record EditorialTaskInput(string Title, IReadOnlyList<int> TaskIds, string Rationale, string? BlsEvidence,
    string? Stance = null);

/// <summary>
/// An editorial task's score is the weighted mean of the rated O*NET tasks it covers, its weight their
/// summed weight, its contribution their summed contribution to the task signal: computed, never typed in.
/// </summary>
public sealed record EditorialTaskScore(EditorialTaskInput Task, double? Feasibility, int Weight, double? Contribution,
    IReadOnlyList<TaskScore> Covered);

public static class EditorialScorer
{
    public static IReadOnlyList<EditorialTaskScore> Score(IReadOnlyList<EditorialTaskInput> editorial, TaskSignal signal)
    {
        var byId = signal.Tasks.ToDictionary(t => t.Task.TaskId);
        return editorial
            .Select(e =>
            {
                var covered = e.TaskIds.Select(id => byId.TryGetValue(id, out var t)
                    ? t
                    : throw new ArgumentException($"Editorial task '{e.Title}' names task {id}, which the occupation does not have.")).ToList();
                var rated = covered.Where(t => t.IsRated).ToList();
                int ratedWeight = rated.Sum(t => t.Weight);
                double? feasibility = ratedWeight > 0 ? rated.Sum(t => t.Weight * t.Feasibility!.Value) / ratedWeight : null;
                double? contribution = rated.Count > 0 ? rated.Sum(t => t.Contribution!.Value) : null;
                return new EditorialTaskScore(e, feasibility, covered.Sum(t => t.Weight), contribution, covered);
            })
            .OrderByDescending(s => s.Contribution ?? -1)
            .ToList();
    }
}
