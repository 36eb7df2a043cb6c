using Jobpocalypse.Scoring.Pro;

namespace Jobpocalypse.Scoring;

/// <summary>How the report picks related occupations: same category, most shared work first, then closest score.</summary>
public sealed record RelatedRule(int Count, string Explanation);

/// <summary>A related occupation and the work it shares with the report's occupation (the target's tasks matched in it).</summary>
public sealed record RelatedOccupation(OccupationScore Score, TaskOverlap Overlap);

public static class RelatedOccupations
{
    /// <summary>
    /// The rated occupations of the target's category, ordered by the share of the target's task weight that has a close
    /// match among their task statements (<see cref="TaskOverlaps"/>), then by the distance between overall scores, then
    /// by code; the target itself is excluded. Pass the dataset's <paramref name="words"/> when calling for many targets,
    /// so each task statement is reduced to its words once.
    /// </summary>
    public static IReadOnlyList<RelatedOccupation> Closest(OccupationScore target,
        IEnumerable<(OccupationScore Score, IReadOnlyList<string> TaskTexts)> candidates, ScoringModel model, TaskWords? words = null)
    {
        if (target.Overall is not { } score) return [];
        words ??= new TaskWords(model.Pro.Pivots.Overlap);
        var source = TaskOverlaps.Prepare(target.TaskSignal.Tasks, words);
        return candidates
            .Where(c => c.Score.CategoryCode == target.CategoryCode && c.Score.Code != target.Code && c.Score.Overall is not null)
            .Select(c => new RelatedOccupation(c.Score, TaskOverlaps.Measure(source, c.TaskTexts, words)))
            .OrderByDescending(r => r.Overlap.SharedWeight)
            .ThenBy(r => Math.Abs(r.Score.Overall!.Value - score))
            .ThenBy(r => r.Score.Code, StringComparer.Ordinal)
            .Take(model.Related.Count)
            .ToList();
    }
}
