using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Pages.Categories;
using Jobpocalypse.Web.Reference;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Jobpocalypse.Web.Pages;

/// <summary>A score band with the score range it covers: from Min up to (not including) the next band's Min.</summary>
public sealed record BandRange(ScoreBand Band, double? Below);

[OutputCache(PolicyName = ReaderTierCachePolicy.Name)] // the same HTML for every reader of a tier
public sealed class IndexModel(ReferenceStore reference) : PageModel
{
    public const int ListLength = 10;

    public int OccupationCount { get; private set; }
    public int RatedCount { get; private set; }
    public IReadOnlyList<OccupationEntry> MostExposed { get; private set; } = [];
    public IReadOnlyList<OccupationEntry> LeastExposed { get; private set; } = [];
    public IReadOnlyList<CategorySummary> Categories { get; private set; } = [];
    public IReadOnlyList<BandRange> Bands { get; private set; } = [];
    /// <summary>Occupations with a full editorial analysis, A–Z.</summary>
    public IReadOnlyList<OccupationEntry> Analysed { get; private set; } = [];

    public void OnGet()
    {
        var snapshot = reference.Current;
        var rated = snapshot.Rated.ToList();
        OccupationCount = snapshot.Occupations.Count;
        RatedCount = rated.Count;
        // Ties keep A–Z order so the lists are stable across requests.
        MostExposed = rated.OrderByDescending(o => o.Score.Overall).ThenBy(o => o.Title, StringComparer.OrdinalIgnoreCase).Take(ListLength).ToList();
        LeastExposed = rated.OrderBy(o => o.Score.Overall).ThenBy(o => o.Title, StringComparer.OrdinalIgnoreCase).Take(ListLength).ToList();
        Categories = CategorySummary.All(snapshot);
        Analysed = snapshot.Occupations.Where(o => o.HasAnalysis).ToList();
        var bands = snapshot.Model.Bands.OrderByDescending(b => b.Min).ToList();
        Bands = bands.Select((b, i) => new BandRange(b, i == 0 ? null : bands[i - 1].Min)).ToList();
    }
}
