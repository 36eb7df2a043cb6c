using System.Net;
using Jobpocalypse.Web.Tests.Accounts;
using Jobpocalypse.Web.Tests.Infrastructure;

namespace Jobpocalypse.Web.Tests.Pages.Me;

public class PersonalReportPageTests(LogCaptureFactory site) : IClassFixture<LogCaptureFactory>
{
    [Fact]
    public async Task A_medical_coders_paste_matches_medical_records_tasks_and_shows_a_score_with_its_evidence()
    {
        using var reader = new Reader(site);

        using var response = await MeForms.PasteAsync(reader, MeForms.MedicalCoder);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await SiteFactory.ParseAsync(response);
        Assert.True(doc.QuerySelector("[data-testid=me-report]") is not null, doc.QuerySelector("main")!.TextContent);
        Assert.InRange(int.Parse(MeForms.Text(doc, "me-score").Split(' ', '/')[0].Trim(), System.Globalization.CultureInfo.InvariantCulture), 0, 100);
        var lines = MeForms.Rows(doc, "me-line-table");
        Assert.True(lines.Count(l => l[1].Contains("Medical Records Specialists", StringComparison.Ordinal)) >= 5,
            string.Join("\n", lines.Select(l => string.Join(" | ", l))));
        Assert.All(lines, l => Assert.EndsWith("%", l[2], StringComparison.Ordinal));
        Assert.Contains("Bring donuts for the team on Fridays", MeForms.Text(doc, "me-not-matched"), StringComparison.Ordinal);
        // Evidence: every task carries its published labels in words.
        Assert.All(MeForms.Rows(doc, "me-task-table"), t => Assert.Contains("GPT-4:", t[0], StringComparison.Ordinal));
        Assert.Contains("Medical Records Specialists", MeForms.Text(doc, "me-terms"), StringComparison.Ordinal);
        Assert.NotEmpty(doc.QuerySelectorAll("[data-testid=me-overlap] li"));
        Assert.Equal("Your work", MeForms.Rows(doc, "me-nearest-table")[0][0]);
    }

    [Fact]
    public async Task The_share_link_of_a_paste_shows_the_same_score_and_tasks_without_the_lines()
    {
        using var reader = new Reader(site);
        using var posted = await MeForms.PasteAsync(reader, MeForms.MedicalCoder, "senior");
        var doc = await SiteFactory.ParseAsync(posted);
        var link = doc.QuerySelector("[data-testid=me-share-link]")!.GetAttribute("href")!;

        var shared = await reader.GetDocumentAsync(link);

        Assert.StartsWith("/me/report?t=", link, StringComparison.Ordinal);
        Assert.EndsWith("&level=senior", link, StringComparison.Ordinal);
        Assert.Equal(MeForms.Text(doc, "me-score"), MeForms.Text(shared, "me-score"));
        Assert.Equal(MeForms.Text(doc, "me-level"), MeForms.Text(shared, "me-level"));
        Assert.Equal(MeForms.Rows(doc, "me-task-table"), MeForms.Rows(shared, "me-task-table"));
        Assert.Null(shared.QuerySelector("[data-testid=me-line-table]"));
    }

    [Fact]
    public async Task Ticked_tasks_redirect_to_their_link_with_the_given_shares_and_blanks_sharing_the_rest()
    {
        using var reader = new Reader(site);

        using var response = await MeForms.TickAsync(reader.Client, MeForms.CoderSlug, [(22881, 50), (22888, null), (22893, null)], "entry");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/me/report?t=22881-50_22888-25_22893-25&level=entry", response.Headers.Location!.ToString());
        var doc = await reader.GetDocumentAsync(response.Headers.Location.ToString());
        Assert.Equal(3, MeForms.Rows(doc, "me-task-table").Count);
        Assert.StartsWith("At entry level", MeForms.Text(doc, "me-level"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_ticked_task_is_a_form_error()
    {
        using var reader = new Reader(site);

        using var response = await MeForms.TickAsync(reader.Client, MeForms.CoderSlug, [], "mid");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await SiteFactory.ParseAsync(response);
        Assert.Contains("Tick at least one task", doc.QuerySelector("[data-testid=me-tick-form] .form-errors")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_paste_over_the_limit_is_a_form_error_not_a_failure()
    {
        using var reader = new Reader(site);

        using var response = await MeForms.PasteAsync(reader, new string('x', 5001));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await SiteFactory.ParseAsync(response);
        Assert.Contains("at most 5,000 characters", doc.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Null(doc.QuerySelector("[data-testid=me-report]"));
    }

    [Theory]
    [InlineData("/me/report?t=22881-50&level=boss", "level must be entry, mid or senior")]
    [InlineData("/me/report?level=mid", "between 1 and 60 tasks")]
    [InlineData("/me/report?t=abc&level=mid", "task id, a dash")]
    [InlineData("/me/report?t=22881-0&level=mid", "between 1 and 100")]
    [InlineData("/me/report?t=22881-500&level=mid", "between 1 and 100")]
    [InlineData("/me/report?t=99999999-10&level=mid", "not an O*NET task")]
    [InlineData("/me/report?t=22881-10_22881-20&level=mid", "twice")]
    [InlineData("/me/report?t=2147483648-10&level=mid", "task id, a dash")]
    public async Task A_bad_link_is_a_400_page_that_says_why(string path, string reason)
    {
        using var client = site.CreateBrowserlessClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await SiteFactory.ParseAsync(response);
        Assert.Contains(reason, doc.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_nav_and_the_home_page_link_to_the_form()
    {
        var home = await site.GetDocumentAsync("/");

        Assert.NotNull(home.QuerySelector("nav a[href='/me']"));
        Assert.Equal("/me", home.QuerySelector("[data-testid=me-link]")!.GetAttribute("href"));
        var form = await site.GetDocumentAsync("/me?q=medical+records");
        Assert.Contains(form.QuerySelectorAll("[data-testid=me-results] a"), a => a.GetAttribute("href") == "/me?occupation=" + MeForms.CoderSlug);
    }
}
