using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Reference;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jobpocalypse.Web.Pages.Methodology;

/// <summary>The methodology is rendered from the scoring model the scores are computed with, so the two cannot drift.</summary>
public sealed class IndexModel(ReferenceStore reference) : PageModel
{
    public ScoringModel Model { get; } = ScoringModel.Default;
    public ReferenceSnapshot Snapshot { get; private set; } = null!;
    public IReadOnlyList<(CategoryRow Category, SeniorityCurve Curve)> Curves { get; private set; } = [];

    public void OnGet()
    {
        Snapshot = reference.Current;
        Curves = Snapshot.Categories.Select(c => (c, Model.CurveFor(c.Code))).ToList();
    }
}
