using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Reports;
using Jobpocalypse.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Jobpocalypse.Web.Pages.Compare;

/// <summary>
/// GET /compare?o=29-2072&amp;o=43-6013: two to four reports side by side. <c>add</c> (the "Compare with…" search box)
/// finds one more occupation and redirects to the comparison's own address, so every comparison has one URL.
/// </summary>
// Not output-cached: the site's policy varies by ?q only, and varying by o= sorts its values, so o=A&o=B would be
// served as o=B&o=A. A comparison builds two to four reports from the snapshot, which is cheap.
[OutputCache(NoStore = true)]
public sealed class IndexModel(ReferenceStore reference, OccupationSearch search) : PageModel
{
    public Comparison Comparison { get; private set; } = null!;

    public IActionResult OnGet([FromQuery(Name = "o")] string[]? o, string? add)
    {
        var snapshot = reference.Current;
        var requested = o ?? [];
        if (requested.Length > Comparison.Max * 4) return Bad($"A comparison takes {Comparison.Min} to {Comparison.Max} occupations.");

        var entries = new List<OccupationEntry>();
        foreach (var value in requested)
        {
            if (Comparison.Find(snapshot, value) is not { } entry) return Bad($"No occupation has the code “{Shorten(value)}”.");
            if (!entries.Contains(entry)) entries.Add(entry); // a code asked twice is compared once
        }

        if (!string.IsNullOrWhiteSpace(add))
        {
            if (add.Length > OccupationSearch.MaxQueryLength) return Bad($"Search terms are limited to {OccupationSearch.MaxQueryLength} characters.");
            var found = search.FindByCode(add) ?? search.Search(add).Hits.FirstOrDefault()?.Entry;
            if (found is null) return Bad($"No occupation matches “{Shorten(add)}”. Try another title, or search first.");
            if (!entries.Contains(found)) entries.Add(found);
            return entries.Count > Comparison.Max
                ? Bad($"A comparison takes at most {Comparison.Max} occupations; remove one before adding another.")
                : Redirect(UrlFor(entries));
        }

        if (entries.Count is < Comparison.Min or > Comparison.Max)
            return Bad($"A comparison takes {Comparison.Min} to {Comparison.Max} different occupations; this one has {entries.Count}.");
        Comparison = new Comparison(entries.Select(e => OccupationReport.Build(e, snapshot)).ToList());
        return Page();
    }

    /// <summary>The comparison's address: its occupations' codes in order.</summary>
    public static string UrlFor(IEnumerable<OccupationEntry> entries) =>
        "/compare?" + string.Join("&", entries.Select(e => "o=" + Uri.EscapeDataString(e.Code)));

    /// <summary>The same comparison without one occupation (offered while more than two remain).</summary>
    public string Without(OccupationEntry entry) => UrlFor(Comparison.Reports.Select(r => r.Entry).Where(e => e != entry));

    private BadRequestResult Bad(string message)
    {
        HttpContext.SetStatusMessage(message);
        return BadRequest();
    }

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
