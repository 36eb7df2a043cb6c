using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Me;
using Jobpocalypse.Web.Payments;
using Jobpocalypse.Web.Reference;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Jobpocalypse.Web.Pages.Me;

/// <summary>A personal report from its shareable link: task ids, shares and a level, checked strictly (a bad link is a 400).</summary>
[OutputCache(NoStore = true)]
public sealed class ReportModel(ReferenceStore reference, ReaderAccessProvider access) : PageModel
{
    public PersonalReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? t, string? level, CancellationToken ct)
    {
        var catalog = PersonalCatalog.Of(reference.Current);
        if (catalog.Read(t, level, out var error) is not { } selection)
        {
            HttpContext.SetStatusMessage($"This personal report link cannot be read. {error}");
            return BadRequest();
        }
        Report = PersonalReport.Build(selection, catalog);
        if ((await access.GetAsync(ct)).IsPro) Report = Report with { Pro = PersonalPro.Build(Report.Personal, catalog.Snapshot) };
        return Page();
    }
}
