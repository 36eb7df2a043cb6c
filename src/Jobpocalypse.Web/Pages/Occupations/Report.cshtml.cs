using System.Text.RegularExpressions;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Payments;
using Jobpocalypse.Web.Pro;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Jobpocalypse.Web.Pages.Occupations;

[OutputCache(PolicyName = ReaderTierCachePolicy.Name)] // the same HTML for every reader of a tier
public sealed partial class ReportModel(ReferenceStore reference, ReaderAccessProvider access) : PageModel
{
    public ReferenceSnapshot Snapshot { get; private set; } = null!;
    public OccupationEntry Entry { get; private set; } = null!;
    /// <summary>The report's sections, built from the snapshot for this occupation; the partials render them.</summary>
    public OccupationReport Report { get; private set; } = null!;
    /// <summary>The Pro sections: built only for a Pro reader, so nobody else's HTML can hold them.</summary>
    public ProReport? Pro { get; private set; }
    public OffersModel Offers { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        Snapshot = reference.Current;
        if (Snapshot.BySlug(slug) is { } entry)
        {
            Entry = entry;
            Report = OccupationReport.Build(entry, Snapshot);
            var reader = await access.GetAsync(ct);
            Offers = new OffersModel(entry, reader);
            if (reader.IsPro) Pro = ProReport.Build(ProFigures.Of(Snapshot).For(entry));
            return Page();
        }

        // A bare code (29-2072, 29-2072.00) or a code with an outdated title redirects to the canonical address.
        var match = CodePrefix().Match(slug);
        if (match.Success)
        {
            var code = match.Groups["code"].Value + (match.Groups["suffix"].Success ? match.Groups["suffix"].Value : ".00");
            if (Snapshot.ByCode(code) is { } byCode) return RedirectPermanent(byCode.Url);
        }
        return NotFound();
    }

    [GeneratedRegex(@"^(?<code>\d{2}-\d{4})(?<suffix>\.\d{2})?(-.*)?$")]
    private static partial Regex CodePrefix();
}
