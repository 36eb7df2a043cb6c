namespace Jobpocalypse.Scoring;

public static class Neighbours
{
    /// <summary>
    /// The rated occupations of the same category whose overall scores are closest to the target's
    /// (ties broken by code, so the list is stable), excluding the target itself.
    /// </summary>
    public static IReadOnlyList<OccupationScore> Closest(OccupationScore target, IEnumerable<OccupationScore> all, int count)
    {
        if (target.Overall is not { } score) return [];
        return all
            .Where(o => o.CategoryCode == target.CategoryCode && o.Code != target.Code && o.Overall is not null)
            .OrderBy(o => Math.Abs(o.Overall!.Value - score))
            .ThenBy(o => o.Code, StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }
}
