using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Jobpocalypse.Web.Pages.Search;

[OutputCache(PolicyName = ReaderTierCachePolicy.Name)] // the same HTML for every reader of a tier
public sealed class IndexModel(OccupationSearch search, ReferenceStore reference) : PageModel
{
    public int OccupationCount => reference.Current.Occupations.Count;
    public IReadOnlyList<CategoryRow> Categories => reference.Current.Categories;
    public string Query { get; private set; } = "";
    /// <summary>Null when there was nothing to search for: the page shows the form alone.</summary>
    public SearchResults? Results { get; private set; }
    /// <summary>Set when the query had the shape of an occupation code but no occupation has that code.</summary>
    public bool LooksLikeCode { get; private set; }

    public IActionResult OnGet(string? q)
    {
        Query = q ?? "";
        if (Query.Length > OccupationSearch.MaxQueryLength)
        {
            HttpContext.SetStatusMessage($"Search terms are limited to {OccupationSearch.MaxQueryLength} characters.");
            return BadRequest();
        }
        if (string.IsNullOrWhiteSpace(Query)) return Page();

        if (search.FindByCode(Query) is { } entry) return Redirect(entry.Url);
        LooksLikeCode = OccupationSearch.IsCodeShaped(Query);

        Results = search.Search(Query);
        return Page();
    }
}
