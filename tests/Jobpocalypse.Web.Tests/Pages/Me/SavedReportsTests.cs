using System.Net;
using System.Text.Json;
using Jobpocalypse.Web.Tests.Accounts;
using Jobpocalypse.Web.Tests.Infrastructure;

namespace Jobpocalypse.Web.Tests.Pages.Me;

/// <summary>A signed-in reader saves a personal report (task ids, shares, level, a name), finds it on /account, exports and deletes it.</summary>
public class SavedReportsTests(LogCaptureFactory site) : IClassFixture<LogCaptureFactory>
{
    private const string Link = "/me/report?t=22881-50_22888-25_22893-25&level=senior";

    private static Task<HttpResponseMessage> SaveAsync(Reader reader, string name) =>
        reader.SubmitAsync(Link, "[data-testid=me-save-form]", new() { ["name"] = name });

    [Fact]
    public async Task A_saved_report_is_listed_on_the_account_exported_and_deleted()
    {
        using var reader = await Reader.SignedUpAsync(site);

        using (var saved = await SaveAsync(reader, "Coding week"))
        {
            Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
            Assert.Equal("/account#saved-reports", saved.Headers.Location!.ToString());
        }
        var account = await reader.GetDocumentAsync("/account");
        var item = account.QuerySelector("[data-testid=saved-reports] a")!;
        Assert.Equal("Coding week", item.TextContent);
        Assert.Equal(Link, item.GetAttribute("href"));

        using (var export = await reader.SubmitAsync("/account/export", "main form", []))
        {
            using var json = JsonDocument.Parse(await export.Content.ReadAsStringAsync());
            var report = Assert.Single(json.RootElement.GetProperty("savedReports").EnumerateArray());
            Assert.Equal("22881-50_22888-25_22893-25", report.GetProperty("tasks").GetString());
            Assert.Equal("senior", report.GetProperty("level").GetString());
        }

        using (var deleted = await reader.SubmitAsync("/account", "#saved-reports form", []))
            Assert.Equal(HttpStatusCode.SeeOther, deleted.StatusCode);
        Assert.Null((await reader.GetDocumentAsync("/account")).QuerySelector("[data-testid=saved-reports]"));
        Assert.Equal(0, await AppDbQueries.CountAsync(site, "saved_reports", "user_id = @id", new { id = await reader.UserIdAsync() }));
    }

    [Fact]
    public async Task Deleting_the_account_deletes_its_saved_reports()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var userId = await reader.UserIdAsync();
        using (var saved = await SaveAsync(reader, "Before I go")) Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        Assert.Equal(1, await AppDbQueries.CountAsync(site, "saved_reports", "user_id = @userId", new { userId }));

        using var deleted = await reader.SubmitAsync("/account/delete", "main form",
            new() { ["Input.CurrentPassword"] = reader.Password, ["Input.Understood"] = "true" });

        Assert.Equal(0, await AppDbQueries.CountAsync(site, "users", "id = @userId", new { userId }));
        Assert.Equal(0, await AppDbQueries.CountAsync(site, "saved_reports", "user_id = @userId", new { userId }));
    }

    [Fact]
    public async Task Another_readers_report_cannot_be_deleted_and_a_bad_save_is_a_400()
    {
        using var owner = await Reader.SignedUpAsync(site);
        using (await SaveAsync(owner, "Mine")) { }
        using var other = await Reader.SignedUpAsync(site);
        var id = (await AppDbQueries.QueryAsync<string>(site, "SELECT id FROM saved_reports WHERE user_id = @u", new { u = await owner.UserIdAsync() })).Single();

        using var page = await other.Client.GetAsync("/account");
        var token = (await SiteFactory.ParseAsync(page)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var steal = await other.Client.PostAsync("/me/saved?handler=Delete",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["id"] = id }));
        Assert.Equal(HttpStatusCode.NotFound, steal.StatusCode);
        Assert.Equal(1, await AppDbQueries.CountAsync(site, "saved_reports", "id = @id", new { id }));

        using var badName = await SaveAsync(other, new string('n', 101));
        Assert.Equal(HttpStatusCode.BadRequest, badName.StatusCode);
        using var anonymous = new Reader(site);
        Assert.Null((await anonymous.GetDocumentAsync(Link)).QuerySelector("[data-testid=me-save-form]"));
    }
}
