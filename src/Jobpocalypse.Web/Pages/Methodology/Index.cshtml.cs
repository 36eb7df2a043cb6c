using Jobpocalypse.Scoring;
using Jobpocalypse.Scoring.Validation;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Reference;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Jobpocalypse.Web.Pages.Methodology;

/// <summary>The methodology is rendered from the scoring model the scores are computed with, so the two cannot drift.</summary>
[OutputCache(PolicyName = ReaderTierCachePolicy.Name)] // the same HTML for every reader of a tier
public sealed class IndexModel(ReferenceStore reference) : PageModel
{
    public ScoringModel Model { get; } = ScoringModel.Default;
    public ReferenceSnapshot Snapshot { get; private set; } = null!;
    public IReadOnlyList<(CategoryRow Category, SeniorityCurve Curve)> Curves { get; private set; } = [];
    public ValidationReport Validation { get; private set; } = null!;

    public void OnGet()
    {
        Snapshot = reference.Current;
        Curves = Snapshot.Categories
            .Select(c => (c, Snapshot.CurveOf(c.Code)))
            .Where(c => c.Item2 is not null)
            .Select(c => (c.c, c.Item2!))
            .ToList();
        Validation = Snapshot.Validation;
    }
}
