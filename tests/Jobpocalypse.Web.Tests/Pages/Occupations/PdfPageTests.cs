using System.Net;
using Jobpocalypse.Web.Tests.Infrastructure;
using UglyToad.PdfPig;
using static Jobpocalypse.Web.Tests.Payments.PaymentsFlow;

namespace Jobpocalypse.Web.Tests.Pages.Occupations;

/// <summary>The PDF offer page and the download: the buyer and Pro readers get the PDF, nobody else does.</summary>
[Collection(PaymentsCollection.Name)]
public class PdfPageTests(PaymentsSiteFactory site)
{
    private async Task<Reader> BuyerAsync()
    {
        var reader = await Reader.SignedUpAsync(site);
        var session = await StartPdfCheckoutAsync(site, reader);
        await DeliverAsync(site, "checkout.session.completed", PdfSession(session, "paid"));
        return reader;
    }

    [Fact]
    public async Task Buy_creates_a_one_time_checkout_for_this_occupation()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var userId = await reader.UserIdAsync();

        var session = await StartPdfCheckoutAsync(site, reader);

        Assert.Equal("payment", session["mode"]);
        Assert.Equal(StripeTestSettings.PdfPriceId, session["line_items[0][price]"]);
        Assert.Equal(Code, session["metadata[occupation_code]"]);
        Assert.Equal(userId, session["metadata[user_id]"]);
        Assert.Equal(userId, session["client_reference_id"]);
        Assert.Equal($"http://localhost{PdfUrl}?checkout=success", session["success_url"]);
        Assert.Equal($"http://localhost{PdfUrl}?checkout=cancelled", session["cancel_url"]);
        var back = await reader.GetDocumentAsync(PdfUrl + "?checkout=success");
        Assert.NotNull(back.QuerySelector("[data-testid=pdf-pending]"));
        Assert.Null(back.QuerySelector("[data-testid=pdf-download]"));
    }

    [Fact]
    public async Task The_buyer_downloads_a_pdf_of_the_report()
    {
        using var buyer = await BuyerAsync();

        using var response = await buyer.Client.GetAsync(DownloadUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"jobpocalypse-{Payments.PaymentsFlow.Slug}.pdf", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        Assert.Contains(Title, text);
        Assert.Contains("29-2072", text);
        Assert.Contains("Signal composition", text);
        Assert.Contains("O*NET 29.3", text);
        Assert.Contains($"Page 1 of {pdf.NumberOfPages}", text);
    }

    [Fact]
    public async Task Another_reader_gets_403_and_an_anonymous_one_is_sent_to_sign_in()
    {
        using var buyer = await BuyerAsync();
        using var other = await Reader.SignedUpAsync(site);
        using var anonymous = new Reader(site);

        using var forbidden = await other.Client.GetAsync(DownloadUrl);
        using var challenged = await anonymous.Client.GetAsync(DownloadUrl);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        var page = await SiteFactory.ParseAsync(forbidden);
        Assert.Equal("Not allowed", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, challenged.StatusCode);
        Assert.Equal($"http://localhost/account/sign-in?returnUrl={Uri.EscapeDataString(DownloadUrl)}", challenged.Headers.Location!.ToString());
    }

    [Fact]
    public async Task The_buyer_owns_only_the_occupation_bought()
    {
        using var buyer = await BuyerAsync();

        using var other = await buyer.Client.GetAsync("/occupations/29-1141-registered-nurses/pdf/download");

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Fact]
    public async Task A_pro_reader_downloads_any_occupations_pdf()
    {
        using var reader = await Reader.SignedUpAsync(site);
        await SubscribeAsync(site, reader);

        using var response = await reader.Client.GetAsync("/occupations/29-1141-registered-nurses/pdf/download");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Unknown_occupations_answer_404()
    {
        using var buyer = await BuyerAsync();
        using var anonymous = new Reader(site);

        using var signedIn = await buyer.Client.GetAsync("/occupations/no-such-job/pdf/download");
        using var notSignedIn = await anonymous.Client.GetAsync("/occupations/no-such-job/pdf/download");
        using var offer = await anonymous.Client.GetAsync("/occupations/no-such-job/pdf");

        Assert.Equal(HttpStatusCode.NotFound, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notSignedIn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, offer.StatusCode);
    }

    [Fact]
    public async Task The_buyer_sees_download_links_on_the_offer_the_report_and_the_account()
    {
        using var buyer = await BuyerAsync();

        var offer = await buyer.GetDocumentAsync(PdfUrl);
        var report = await buyer.GetDocumentAsync(ReportUrl);
        var account = await buyer.GetDocumentAsync("/account");

        Assert.Equal(DownloadUrl, offer.QuerySelector("[data-testid=pdf-download]")!.GetAttribute("href"));
        Assert.Null(offer.QuerySelector("[data-testid=pdf-offer] form"));
        var cta = report.QuerySelector("[data-testid=pro-cta]")!;
        Assert.Equal("Download your PDF", cta.QuerySelector("[data-testid=pdf-download]")!.TextContent.Trim());
        Assert.Equal(DownloadUrl, account.QuerySelector("[data-testid=purchases] a.button")!.GetAttribute("href"));
        Assert.Contains(Title, account.QuerySelector("[data-testid=purchases]")!.TextContent);
    }

    [Fact]
    public async Task Buying_again_what_the_reader_owns_creates_no_checkout()
    {
        using var buyer = await BuyerAsync();
        var sessions = site.Stripe.CreatedCheckoutSessions.Count;
        var page = await buyer.GetDocumentAsync(ReportUrl + "/pdf?checkout=cancelled");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.Null(token); // the owner's page has no purchase form at all

        // A stale form from before the purchase (any antiforgery token of this reader's session will do).
        var anyForm = await buyer.GetDocumentAsync("/pro");
        var formToken = anyForm.QuerySelector("[data-testid=pro-offer] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var response = await buyer.Client.PostAsync(PdfUrl + "?handler=Buy",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = formToken }));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(PdfUrl, response.Headers.Location!.ToString());
        Assert.Equal(sessions, site.Stripe.CreatedCheckoutSessions.Count);
    }

    [Fact]
    public async Task Anonymous_readers_see_the_offer_and_buying_asks_them_to_sign_in()
    {
        using var anonymous = new Reader(site);

        var offer = await anonymous.GetDocumentAsync(PdfUrl);
        using var response = await anonymous.SubmitAsync(PdfUrl, "[data-testid=pdf-offer] form", []);

        Assert.Contains(Title, offer.QuerySelector("h1")!.TextContent);
        Assert.Null(offer.QuerySelector("[data-testid=pdf-download]"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/account/sign-in?returnUrl={Uri.EscapeDataString(PdfUrl)}", response.Headers.Location!.ToString());
    }
}
