using Jobpocalypse.Web.Tests.Infrastructure;

namespace Jobpocalypse.Web.Tests.Pages.Me;

/// <summary>A Pro reader's personal report carries the Pro sections that apply to a mix of tasks; nobody else's HTML holds them.</summary>
public class PersonalProTests(LocalCheckoutSiteFactory site) : IClassFixture<LocalCheckoutSiteFactory>
{
    private const string Link = "/me/report?t=22881-40_22888-30_22893-30&level=mid";

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
}
