using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Reference;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Jobpocalypse.Web.Pages.Categories;

[OutputCache(PolicyName = ReaderTierCachePolicy.Name)] // the same HTML for every reader of a tier
public sealed class IndexModel(ReferenceStore reference) : PageModel
{
    public IReadOnlyList<CategorySummary> Categories { get; private set; } = [];
    public int OccupationCount { get; private set; }

    public void OnGet()
    {
        var snapshot = reference.Current;
        Categories = CategorySummary.All(snapshot);
        OccupationCount = snapshot.Occupations.Count;
    }
}
