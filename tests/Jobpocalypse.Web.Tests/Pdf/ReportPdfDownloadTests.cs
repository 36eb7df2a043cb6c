using System.Net;
using Jobpocalypse.Web.Tests.Infrastructure;
using static Jobpocalypse.Web.Tests.Payments.PaymentsFlow;

namespace Jobpocalypse.Web.Tests.Pdf;

/// <summary>
/// The download is the full report for a buyer who is not Pro (the Pro sections included), and a second download of
/// the same dataset version is the same file from the cache.
/// </summary>
[Collection(PaymentsCollection.Name)]
public class ReportPdfDownloadTests(PaymentsSiteFactory site)
{
    [Fact]
    public async Task A_buyer_without_pro_downloads_the_full_report_and_again_the_same_file()
    {
        using var buyer = await Reader.SignedUpAsync(site);
        var session = await StartPdfCheckoutAsync(site, buyer);
        await DeliverAsync(site, "checkout.session.completed", PdfSession(session, "paid"));
        Assert.False(await IsProAsync(buyer));

        using var first = await buyer.Client.GetAsync(DownloadUrl);
        using var second = await buyer.Client.GetAsync(DownloadUrl);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var bytes = await first.Content.ReadAsByteArrayAsync();
        // Two renderings never have the same bytes (PDFsharp gives each document a new ID): equal bytes come from the cache.
        Assert.Equal(bytes, await second.Content.ReadAsByteArrayAsync());
        var pdf = PdfText.Read(bytes);
        Assert.All(new[] { "Task heatmap", "Career pivot paths", "Wage impact analysis", "AI tool recommendations" },
            heading => Assert.Contains(heading, pdf.Lines));
        Assert.Contains("Autonomous medical coding", pdf.Lines);
    }
}
