using System.Net;
using Jobpocalypse.Web.Tests.Infrastructure;
using static Jobpocalypse.Web.Tests.Payments.PaymentsFlow;
using Jobpocalypse.Web.Tests.Infrastructure.Postgres;

namespace Jobpocalypse.Web.Tests.Payments;

/// <summary>No Stripe key in Testing: the local test checkout completes both purchases through the webhook's fulfilment.</summary>
public abstract class LocalTestCheckoutTests(LocalCheckoutSiteFactory site)
{
    private static async Task<string> CheckoutPathAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var path = response.Headers.Location!.ToString();
        Assert.StartsWith("/checkout/test/test_cs_", path);
        return path;
    }

    [Fact]
    public async Task Subscribing_goes_to_a_clearly_labelled_test_checkout_whose_complete_button_grants_pro()
    {
        using var reader = await Reader.SignedUpAsync(site);

        var checkout = await CheckoutPathAsync(await reader.SubmitAsync("/pro", "[data-testid=pro-offer] form", []));
        var page = await reader.GetDocumentAsync(checkout);
        Assert.Contains("Test mode — no real charge", page.QuerySelector("[data-testid=test-mode]")!.TextContent);
        Assert.False(await IsProAsync(reader));

        using var complete = await reader.SubmitAsync(checkout, "main form", []);

        Assert.Equal(HttpStatusCode.SeeOther, complete.StatusCode);
        Assert.Equal("/pro/success", complete.Headers.Location!.ToString());
        Assert.True(await IsProAsync(reader));
        var success = await reader.GetDocumentAsync("/pro/success");
        Assert.NotNull(success.QuerySelector("[data-testid=pro-active]"));
        using var anyPdf = await reader.Client.GetAsync("/occupations/29-1141-registered-nurses/pdf/download");
        Assert.Equal(HttpStatusCode.OK, anyPdf.StatusCode);
    }

    [Fact]
    public async Task Buying_a_pdf_through_the_test_checkout_lets_the_buyer_download_it()
    {
        using var reader = await Reader.SignedUpAsync(site);

        var checkout = await CheckoutPathAsync(await reader.SubmitAsync(PdfUrl, "[data-testid=pdf-offer] form", []));
        Assert.Contains(Title, (await reader.GetDocumentAsync(checkout)).QuerySelector("main")!.TextContent);
        using (var before = await reader.Client.GetAsync(DownloadUrl)) Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        using var complete = await reader.SubmitAsync(checkout, "main form", []);

        Assert.Equal($"{PdfUrl}?checkout=success", complete.Headers.Location!.ToString());
        using var download = await reader.Client.GetAsync(DownloadUrl);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Completing_twice_grants_once()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var userId = await reader.UserIdAsync();
        var checkout = await CheckoutPathAsync(await reader.SubmitAsync(PdfUrl, "[data-testid=pdf-offer] form", []));
        var page = await reader.GetDocumentAsync(checkout);
        var token = page.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var action = page.QuerySelector("main form")!.GetAttribute("action")!;

        for (var i = 0; i < 2; i++)
        {
            using var response = await reader.Client.PostAsync(action,
                new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        }

        Assert.Equal(1, await AppDbQueries.CountAsync(site, "purchases", "user_id = @userId", new { userId }));
        Assert.Contains("already complete", (await reader.GetDocumentAsync(checkout)).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Another_readers_test_checkout_is_not_found()
    {
        using var owner = await Reader.SignedUpAsync(site);
        using var other = await Reader.SignedUpAsync(site);
        var checkout = await CheckoutPathAsync(await owner.SubmitAsync("/pro", "[data-testid=pro-offer] form", []));

        using var response = await other.Client.GetAsync(checkout);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_test_portal_cancels_at_period_end_and_ends_a_subscription()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var checkout = await CheckoutPathAsync(await reader.SubmitAsync("/pro", "[data-testid=pro-offer] form", []));
        (await reader.SubmitAsync(checkout, "main form", [])).Dispose();

        using var manage = await reader.SubmitAsync("/account", "form[action*='handler=Manage']", []);
        Assert.Equal("/checkout/test/portal", manage.Headers.Location!.ToString());
        (await reader.SubmitAsync("/checkout/test/portal", "main form", [], submitterHandler: "Cancel")).Dispose();
        var account = await reader.GetDocumentAsync("/account");
        Assert.Contains("will not renew", account.QuerySelector("[data-testid=subscription-state]")!.TextContent);
        Assert.True(await IsProAsync(reader));

        (await reader.SubmitAsync("/checkout/test/portal", "main form", [], submitterHandler: "End")).Dispose();

        Assert.False(await IsProAsync(reader));
    }

    [Fact]
    public async Task The_webhook_endpoint_does_not_exist_without_stripe()
    {
        using var client = site.CreateBrowserlessClient();

        using var response = await client.PostAsync("/stripe/webhook", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

[Collection(LocalCheckoutCollection.Name)]
public sealed class LocalTestCheckoutTestsOnSqlite(LocalCheckoutSiteFactory site) : LocalTestCheckoutTests(site);

[Collection(PostgresLocalCheckoutCollection.Name), OnPostgres]
public sealed class LocalTestCheckoutTestsOnPostgres(PostgresLocalCheckoutSiteFactory site) : LocalTestCheckoutTests(site);
