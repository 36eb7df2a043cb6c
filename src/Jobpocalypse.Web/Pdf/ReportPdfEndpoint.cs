using Jobpocalypse.Web.Me;
using Jobpocalypse.Web.Payments;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Reports;

namespace Jobpocalypse.Web.Pdf;

/// <summary>
/// GET /occupations/{slug}/pdf/download: the full PDF (rendered once per dataset version, then cached) for its buyer
/// or a Pro reader. Unknown occupation → 404; anonymous → sign-in, then back here; signed in without access → 403.
/// GET /me/report.pdf?t=…&amp;level=…: the PDF of a personal report's share link, for Pro readers, drawn on request
/// (links are countless; a render takes milliseconds). A link that does not parse → 400 with the reason.
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
        app.MapGet("/me/report.pdf", async (string? t, string? level, HttpContext http, ReferenceStore reference,
            ReaderAccessProvider access, PersonalPdf pdf, CancellationToken ct) =>
        {
            var catalog = PersonalCatalog.Of(reference.Current);
            if (catalog.Read(t, level, out var error) is not { } selection)
                return Results.BadRequest($"This personal report link cannot be read. {error}");
            var report = PersonalReport.Build(selection, catalog);
            if (http.User.Identity?.IsAuthenticated != true)
                return Results.Challenge(new Microsoft.AspNetCore.Authentication.AuthenticationProperties { RedirectUri = report.PdfUrl });
            if (!(await access.GetAsync(ct)).IsPro) return Results.StatusCode(StatusCodes.Status403Forbidden);

            http.Response.Headers.CacheControl = "private, no-store";
            var withPro = report with { Pro = PersonalPro.Build(report.Personal, catalog.Snapshot) };
            return Results.File(pdf.Render(withPro, catalog.Snapshot), "application/pdf", PersonalPdf.FileName);
        }).CacheOutput(policy => policy.NoCache()); // the site's cache varies by q only
    }

    public static void AddReportPdf(this WebApplicationBuilder builder)
    {
        // The palette is read from site.css here, at start: a stylesheet without a colour the report draws with stops the start.
        _ = ReportPalette.Site;
        builder.Services.AddSingleton<OccupationPdf>();
        builder.Services.AddSingleton<OccupationPdfCache>();
        builder.Services.AddSingleton<PersonalPdf>();
    }
}
