using System.Net;
using Jobpocalypse.Web.Me;
using Jobpocalypse.Web.Reports;
using Jobpocalypse.Web.Tests.Infrastructure;
using Jobpocalypse.Web.Tests.Pdf;

namespace Jobpocalypse.Web.Tests.Pages.Me;

/// <summary>
/// A Pro reader's personal report carries the Pro sections that apply to a mix of tasks, and its PDF; nobody else's
/// HTML holds them, and nobody else gets the PDF.
/// </summary>
[Collection(LocalCheckoutCollection.Name)]
public class PersonalProTests(LocalCheckoutSiteFactory site)
{
    private const string Link = "/me/report?t=22881-40_22888-30_22893-30&level=mid";
    private const string PdfLink = "/me/report.pdf?t=22881-40_22888-30_22893-30&level=mid";

    [Fact]
    public async Task A_pro_reader_gets_the_heatmap_of_their_tasks_and_a_free_reader_does_not()
    {
        using var pro = await Reader.ProThroughLocalCheckoutAsync(site);
        using var free = await Reader.SignedUpAsync(site);

        var proPage = await pro.GetDocumentAsync(Link);
        var freePage = await free.GetDocumentAsync(Link);

        var rows = MeForms.Rows(proPage, "me-heatmap-table");
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(4, r.Length));
        Assert.NotEmpty(proPage.QuerySelectorAll("[data-pro]"));
        Assert.Empty(freePage.QuerySelectorAll("[data-pro]"));
        Assert.Equal(MeForms.Text(proPage, "me-score"), MeForms.Text(freePage, "me-score"));
    }

    [Fact]
    public async Task A_pro_reader_downloads_the_pdf_of_the_report_with_its_figures_and_pro_sections()
    {
        using var pro = await Reader.ProThroughLocalCheckoutAsync(site);
        var page = await pro.GetDocumentAsync(Link);
        Assert.Equal(PdfLink, page.QuerySelector("[data-testid=me-pdf]")?.GetAttribute("href"));

        using var response = await pro.Client.GetAsync(PdfLink);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        var text = PdfText.Read(await response.Content.ReadAsByteArrayAsync(), lines: false);
        Assert.True(text.Contains($"AI exposure {MeForms.Text(page, "me-score").Replace("/ 100", "").Trim()} / 100"), "the PDF has another score");
        Assert.True(text.Contains(PersonalReport.TasksHeading));
        Assert.True(text.Contains(ProHeatmapSection.Heading));
        // A task cell reads "statement (note)": the statement is in the PDF, however it wraps.
        foreach (var task in MeForms.Rows(page, "me-heatmap-table").Select(r => r[0].Split(" (")[0]))
            Assert.True(text.Contains(task), $"the PDF misses the task {task}");
    }

    [Fact]
    public async Task A_free_reader_gets_403_an_anonymous_one_the_sign_in_and_a_bad_link_400()
    {
        using var free = await Reader.SignedUpAsync(site);
        using var anonymous = site.CreateBrowserlessClient();

        using var forbidden = await free.Client.GetAsync(PdfLink);
        using var challenged = await anonymous.GetAsync(PdfLink);
        using var bad = await free.Client.GetAsync("/me/report.pdf?t=22881-0&level=mid");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, challenged.StatusCode);
        Assert.StartsWith("/account/sign-in", challenged.Headers.Location!.ToString().Replace("http://localhost", ""));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
