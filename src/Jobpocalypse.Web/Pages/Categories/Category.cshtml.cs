using Jobpocalypse.Web.Reference;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jobpocalypse.Web.Pages.Categories;

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
