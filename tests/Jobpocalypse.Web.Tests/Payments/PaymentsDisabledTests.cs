using System.Net;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using static Jobpocalypse.Web.Tests.Payments.PaymentsFlow;

namespace Jobpocalypse.Web.Tests.Payments;

/// <summary>The site in Production with no Stripe key: purchases are offered as "not configured", never a 500.</summary>
public sealed class ProductionWithoutStripeFactory : SiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Site:BaseUrl", "https://localhost");
    }
}

public class PaymentsDisabledTests(ProductionWithoutStripeFactory site) : IClassFixture<ProductionWithoutStripeFactory>
{
    // Production cookies are Secure: the reader talks to the test server over https, as a browser would.
    private Reader NewReader() => new(site, baseAddress: "https://localhost");

    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/account/sign-up")]
    [InlineData("/pro")]
    public async Task Form_pages_reached_over_plain_http_render_rather_than_fail(string path)
    {
        // Without the TLS proxy (a misrouted request, a health probe) a page with a form must still render.
        using var reader = new Reader(site);

        using var response = await reader.Client.GetAsync(path);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Buttons_say_payments_are_not_configured()
    {
        using var reader = NewReader();

        var pro = await reader.GetDocumentAsync("/pro");
        var pdf = await reader.GetDocumentAsync(PdfUrl);
        var report = await reader.GetDocumentAsync(ReportUrl);

        Assert.Contains("Payments are not configured", pro.QuerySelector("[data-testid=payments-off]")!.TextContent);
        Assert.Null(pro.QuerySelector("[data-testid=pro-offer] form"));
        Assert.Contains("Payments are not configured", pdf.QuerySelector("[data-testid=payments-off]")!.TextContent);
        Assert.Contains("Payments are not configured", report.QuerySelector("[data-testid=pro-cta] [data-testid=payments-off]")!.TextContent);
    }

    [Fact]
    public async Task Purchase_posts_answer_503_with_a_page_that_says_why()
    {
        using var reader = NewReader();
        var token = (await reader.GetDocumentAsync("/account/sign-in")).QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = token };

        using var subscribe = await reader.Client.PostAsync("/pro?handler=Subscribe", new FormUrlEncodedContent(form));
        using var buy = await reader.Client.PostAsync(PdfUrl + "?handler=Buy", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, subscribe.StatusCode);
        Assert.Contains("not configured", (await SiteFactory.ParseAsync(subscribe)).QuerySelector("[data-testid=pro-offer]")!.TextContent);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, buy.StatusCode);
        Assert.Contains("not configured", (await SiteFactory.ParseAsync(buy)).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Accounts_work_and_their_cookies_are_secure()
    {
        using var reader = NewReader();

        using var signUp = await reader.SignUpAsync();
        using var signIn = await reader.SignInAsync();

        Assert.Equal(HttpStatusCode.Redirect, signUp.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("jobpocalypse.auth="));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        var account = await reader.GetDocumentAsync("/account");
        Assert.Contains("free reports", account.QuerySelector("[data-testid=subscription-state]")!.TextContent);
        using var webhook = await reader.Client.PostAsync("/stripe/webhook", new StringContent("{}"));
        Assert.Equal(HttpStatusCode.NotFound, webhook.StatusCode);
    }
}
