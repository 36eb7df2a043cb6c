using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Web.Pages.Categories;

/// <summary>A SOC major group with its number of occupations and the median overall score of the rated ones.</summary>
public sealed record CategorySummary(CategoryRow Category, int Count, int RatedCount, double? MedianScore)
{
    public string Url => $"/categories/{Category.Slug}";

    /// <summary>Every category of the snapshot, in SOC code order; a group with no occupation shows a count of 0.</summary>
    public static IReadOnlyList<CategorySummary> All(ReferenceSnapshot snapshot)
    {
        var byCategory = snapshot.Occupations.ToLookup(o => o.Occupation.CategoryCode);
        return snapshot.Categories.Select(c => Of(c, byCategory[c.Code].ToList())).ToList();
    }

    public static CategorySummary Of(CategoryRow category, IReadOnlyCollection<OccupationEntry> occupations)
    {
        var rated = occupations.Where(o => o.Score.IsRated).Select(o => o.Score.Overall!.Value).ToList();
        return new CategorySummary(category, occupations.Count, rated.Count, Median(rated));
    }

    /// <summary>The middle value, or the mean of the two middle values; null for no values.</summary>
    public static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) return null;
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
