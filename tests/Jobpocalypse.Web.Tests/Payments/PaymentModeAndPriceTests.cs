using System.Net;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Payments;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using static Jobpocalypse.Web.Tests.Payments.PaymentsFlow;

namespace Jobpocalypse.Web.Tests.Payments;

public class PaymentModeTests
{
    private static IHostEnvironment Env(string name) => new HostingEnvironment { EnvironmentName = name };

    [Theory]
    [InlineData(null, false, "Development", PaymentMode.Disabled)] // no key, nothing asked: never a free checkout by environment
    [InlineData(null, false, "Testing", PaymentMode.Disabled)]
    [InlineData(null, true, "Production", PaymentMode.Stripe)]
    [InlineData("LocalTest", false, "Development", PaymentMode.LocalTest)]
    [InlineData("localtest", true, "Testing", PaymentMode.LocalTest)]
    [InlineData("Disabled", true, "Production", PaymentMode.Disabled)]
    public void The_mode_is_what_is_configured_or_follows_the_stripe_key(string? configured, bool key, string environment, PaymentMode expected)
    {
        var stripe = new StripeOptions { SecretKey = key ? "sk_test_x" : null };

        Assert.Equal(expected, PaymentsExtensions.ChooseMode(configured, stripe, Env(environment)));
    }

    [Theory]
    [InlineData("LocalTest", "Production", "refused in Production")]
    [InlineData("Free", "Development", "not one of")]
    public void A_free_checkout_in_production_or_an_unknown_mode_stops_the_start(string configured, string environment, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => PaymentsExtensions.ChooseMode(configured, new StripeOptions(), Env(environment)));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Pro_needs_the_configured_price_an_active_status_and_a_period_not_over()
    {
        var now = DateTimeOffset.UtcNow;
        Assert.True(Entitlements.GrantsPro("active", "price_pro", now.AddDays(1), now, "price_pro"));
        Assert.True(Entitlements.GrantsPro("trialing", "price_pro", now.AddDays(1), now, "price_pro"));
        Assert.False(Entitlements.GrantsPro("active", "price_other", now.AddDays(1), now, "price_pro"));
        Assert.False(Entitlements.GrantsPro("active", "price_pro", now.AddDays(1), now, null));
        Assert.False(Entitlements.GrantsPro("past_due", "price_pro", now.AddDays(1), now, "price_pro"));
        Assert.False(Entitlements.GrantsPro("active", "price_pro", now.AddDays(-1), now, "price_pro"));
    }

    [Theory]
    [InlineData(9, "$9")]
    [InlineData(12.5, "$12.50")]
    [InlineData(1200, "$1,200")]
    public void Prices_read_as_dollars(decimal amount, string text) => Assert.Equal(text, Prices.Dollars(amount));
}

/// <summary>The local test checkout, named explicitly, with prices from configuration.</summary>
public sealed class PricedLocalCheckoutFactory : SiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(FormRateLimiting.PermitKey, "100000");
        builder.UseSetting("Payments:Mode", "LocalTest");
        builder.UseSetting("Payments:ProMonthlyPrice", "9");
        builder.UseSetting("Payments:PdfPrice", "14.50");
    }
}

/// <summary>Prices are shown from configuration before anyone reaches a checkout.</summary>
public class PricesShownTests(PricedLocalCheckoutFactory site) : IClassFixture<PricedLocalCheckoutFactory>
{
    [Fact]
    public async Task Pro_the_pdf_offer_the_report_and_the_test_checkout_show_the_configured_prices()
    {
        using var reader = await Reader.SignedUpAsync(site);

        var pro = await reader.GetDocumentAsync("/pro");
        var offer = await reader.GetDocumentAsync(PdfUrl);
        var report = await reader.GetDocumentAsync(ReportUrl);
        using var proCheckout = await reader.SubmitAsync("/pro", "[data-testid=pro-offer] form", []);
        using var pdfCheckout = await reader.SubmitAsync(PdfUrl, "[data-testid=pdf-offer] form", []);
        var proPage = await reader.GetDocumentAsync(proCheckout.Headers.Location!.ToString());
        var pdfPage = await reader.GetDocumentAsync(pdfCheckout.Headers.Location!.ToString());

        Assert.Contains("$9 a month", pro.QuerySelector("[data-testid=pro-price]")!.TextContent);
        Assert.Contains("$9/month", pro.QuerySelector("[data-testid=pro-offer] button")!.TextContent);
        Assert.Equal("$14.50", offer.QuerySelector("[data-testid=pdf-price]")!.TextContent);
        Assert.DoesNotContain("shown at checkout", offer.QuerySelector("main")!.TextContent);
        Assert.Contains("$14.50", report.QuerySelector("[data-testid=pro-cta]")!.TextContent);
        Assert.Contains("$9/month", proPage.QuerySelector("[data-testid=test-price]")!.TextContent);
        Assert.Contains("$14.50", pdfPage.QuerySelector("[data-testid=test-price]")!.TextContent);
        Assert.Contains("Test mode", pdfPage.QuerySelector("[data-testid=test-mode]")!.TextContent);
    }

    [Fact]
    public async Task A_refused_pdf_download_offers_the_purchase_and_a_way_back()
    {
        using var reader = await Reader.SignedUpAsync(site);

        using var refused = await reader.Client.GetAsync(DownloadUrl);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var page = await SiteFactory.ParseAsync(refused);
        var links = page.QuerySelectorAll("[data-testid=status-links] a").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href"));
        Assert.Equal(PdfUrl, links["Buy this report's PDF"]);
        Assert.Equal("/pro", links["See what Pro includes"]);
        Assert.Equal(ReportUrl, links["Back to the report"]);
    }
}

/// <summary>Stripe mode against an address where nothing listens: starting a checkout says so, with a 503.</summary>
public sealed class UnreachableStripeFactory : SiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(FormRateLimiting.PermitKey, "100000");
        builder.UseSetting("Stripe:SecretKey", FakeStripeServer.SecretKey);
        builder.UseSetting("Stripe:WebhookSecret", StripeTestSettings.WebhookSecret);
        builder.UseSetting("Stripe:ProPriceId", StripeTestSettings.ProPriceId);
        builder.UseSetting("Stripe:PdfPriceId", StripeTestSettings.PdfPriceId);
        builder.UseSetting("Stripe:ApiBase", "http://127.0.0.1:1");
    }
}

public class UnreachableStripeTests(UnreachableStripeFactory site) : IClassFixture<UnreachableStripeFactory>
{
    [Fact]
    public async Task Subscribe_buy_and_manage_answer_503_pages_that_say_nothing_was_charged()
    {
        using var reader = await Reader.SignedUpAsync(site);

        using var subscribe = await reader.SubmitAsync("/pro", "[data-testid=pro-offer] form", []);
        using var buy = await reader.SubmitAsync(PdfUrl, "[data-testid=pdf-offer] form", []);

        foreach (var response in new[] { subscribe, buy })
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            var text = (await SiteFactory.ParseAsync(response)).QuerySelector("main [role=alert]")!.TextContent;
            Assert.Contains("could not be reached", text);
            Assert.Contains("nothing was charged", text);
        }
    }
}
