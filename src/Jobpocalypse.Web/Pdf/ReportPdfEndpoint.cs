using Jobpocalypse.Web.Payments;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Reports;

namespace Jobpocalypse.Web.Pdf;

/// <summary>
/// GET /occupations/{slug}/pdf/download: the full PDF (rendered once per dataset version, then cached) for its buyer
/// or a Pro reader. Unknown occupation → 404; anonymous → sign-in, then back here; signed in without access → 403.
/// </summary>
public static class ReportPdfEndpoint
{
    public static string Path(OccupationEntry entry) => $"{entry.Url}/pdf/download";

    public static void MapReportPdf(this WebApplication app)
    {
        app.MapGet("/occupations/{slug}/pdf/download", async (string slug, HttpContext http, ReferenceStore reference,
            ReaderAccessProvider access, OccupationPdfCache pdfs, CancellationToken ct) =>
        {
            var snapshot = reference.Current;
            if (snapshot.BySlug(slug) is not { } entry) return Results.NotFound();
            if (http.User.Identity?.IsAuthenticated != true)
                return Results.Challenge(new Microsoft.AspNetCore.Authentication.AuthenticationProperties { RedirectUri = Path(entry) });
            if (!(await access.GetAsync(ct)).CanDownloadPdf(entry.Code)) return Results.StatusCode(StatusCodes.Status403Forbidden);

            http.Response.Headers.CacheControl = "private, no-store";
            return Results.File(pdfs.Get(entry, snapshot), "application/pdf", OccupationPdf.FileName(entry));
        });
    }

    public static void AddReportPdf(this WebApplicationBuilder builder)
    {
        // The palette is read from site.css here, at start: a stylesheet without a colour the report draws with stops the start.
        _ = ReportPalette.Site;
        builder.Services.AddSingleton<OccupationPdf>();
        builder.Services.AddSingleton<OccupationPdfCache>();
    }
}
