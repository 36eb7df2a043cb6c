using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Reference;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Jobpocalypse.Web.Pages.Categories;

[OutputCache(PolicyName = ReaderTierCachePolicy.Name)] // the same HTML for every reader of a tier
public sealed class CategoryModel(ReferenceStore reference) : PageModel
{
    public CategorySummary Summary { get; private set; } = null!;
    /// <summary>Highest score first, not-rated last.</summary>
    public IReadOnlyList<OccupationEntry> Occupations { get; private set; } = [];
    public int AnalysedCount => Occupations.Count(o => o.HasAnalysis);

    public IActionResult OnGet(string slug)
    {
        var snapshot = reference.Current;
        if (snapshot.CategoryBySlug(slug) is not { } category) return NotFound();
        Occupations = snapshot.InCategory(category.Code);
        Summary = CategorySummary.Of(category, Occupations.ToList());
        return Page();
    }
}
