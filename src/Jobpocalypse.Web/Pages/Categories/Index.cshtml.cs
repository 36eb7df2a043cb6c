using Jobpocalypse.Web.Reference;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jobpocalypse.Web.Pages.Categories;

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
