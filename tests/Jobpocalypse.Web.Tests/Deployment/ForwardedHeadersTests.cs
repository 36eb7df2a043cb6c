using System.Net;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Dataset.Tests;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Jobpocalypse.Web.Tests.Deployment;

/// <summary>
/// Behind a TLS reverse proxy the site must see the reader's address (the form rate limit is per address) and the
/// https scheme (secure cookies, canonical links, Stripe's return URLs) — from a trusted proxy only. The site runs
/// on Kestrel at 127.0.0.1, and the test plays the proxy, so the connection really comes from a known address.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class ForwardedHeadersTests(PrebuiltReference reference) : IAsyncLifetime
{
    private const string ReportPath = "/occupations/29-2072-medical-records-specialists";
    private const string PublicHost = "jobs.example.org";

    private readonly TempFolder _appData = new();
    private FakeStripeServer _stripe = null!;

    public async Task InitializeAsync() => _stripe = await FakeStripeServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _stripe.DisposeAsync();
        _appData.Dispose();
    }

    private DeploymentSite Start(Dictionary<string, string> settings, string? environment = null)
    {
        var site = new DeploymentSite(_appData.Path, reference, kestrel: true, settings, environment);
        site.StartServer();
        return site;
    }

    [Fact]
    public async Task In_production_behind_a_trusted_proxy_readers_sign_up_over_https_and_stripe_returns_to_the_public_address()
    {
        // Production: cookies are Secure-only and forms need HTTPS, which only the proxy's X-Forwarded-Proto can show.
        await using var site = Start(new()
        {
            ["Stripe:SecretKey"] = FakeStripeServer.SecretKey,
            ["Stripe:WebhookSecret"] = StripeTestSettings.WebhookSecret,
            ["Stripe:ProPriceId"] = StripeTestSettings.ProPriceId,
            ["Stripe:PdfPriceId"] = StripeTestSettings.PdfPriceId,
            ["Stripe:ApiBase"] = _stripe.BaseAddress,
            ["Site:BaseUrl"] = $"https://{PublicHost}",
        }, environment: "Production");
        var browser = new ProxiedBrowser(PublicHost, "203.0.113.7");
        using var client = new HttpClient(browser) { BaseAddress = site.BaseAddress };

        await DeploymentHttp.SignUpAsync(client, $"proxied-{Guid.NewGuid():N}@example.test");
        using var checkout = await Reader.SubmitAsync(client, "/pro", "[data-testid=pro-offer] form", []);

        Assert.Equal(HttpStatusCode.SeeOther, checkout.StatusCode);
        var session = _stripe.CreatedCheckoutSessions.Last();
        Assert.StartsWith($"https://{PublicHost}/pro/success", session["success_url"]);
        Assert.StartsWith($"https://{PublicHost}/pro/cancelled", session["cancel_url"]);
        Assert.Contains(browser.SetCookies, c => c.StartsWith("jobpocalypse.auth=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        using var anonymous = new HttpClient(new ProxiedBrowser(PublicHost, "203.0.113.8")) { BaseAddress = site.BaseAddress };
        Assert.Equal($"https://{PublicHost}{ReportPath}", await CanonicalAsync(anonymous));
    }

    [Fact]
    public async Task The_form_rate_limit_counts_each_forwarded_reader_on_their_own()
    {
        await using var site = Start(new() { [FormRateLimiting.PermitKey] = "2" });
        using var first = ForwardedFor(site, "198.51.100.1");
        using var second = ForwardedFor(site, "198.51.100.2");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], await WrongSignInsAsync(first, 3));
        Assert.Equal([HttpStatusCode.OK], await WrongSignInsAsync(second, 1));
    }

    [Fact]
    public async Task Headers_from_a_proxy_the_site_does_not_know_are_ignored()
    {
        await using var site = Start(new()
        {
            [FormRateLimiting.PermitKey] = "2",
            ["ForwardedHeaders:KnownProxies"] = "192.0.2.10", // some other machine: 127.0.0.1 is no longer trusted
        });
        using var first = ForwardedFor(site, "198.51.100.1");
        using var second = ForwardedFor(site, "198.51.100.2");
        first.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        // Links come from Site:BaseUrl (here the default), never from the request's host or a forwarded scheme.
        Assert.Equal($"http://localhost{ReportPath}", await CanonicalAsync(first));
        // Both "readers" are the one connection address they really come from, and share its budget.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], await WrongSignInsAsync(first, 2));
        Assert.Equal([HttpStatusCode.TooManyRequests], await WrongSignInsAsync(second, 1));
    }

    [Fact]
    public void Configured_lists_replace_the_loopback_default_and_bad_entries_stop_the_start()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ForwardedHeaders:KnownProxies"] = "10.0.0.5, 10.0.0.6",
            ["ForwardedHeaders:KnownNetworks:0"] = "172.16.0.0/12",
            ["ForwardedHeaders:KnownNetworks:1"] = "fd00::/8",
            ["Bad:KnownNetworks"] = "172.16.0.0/40",
        }).Build();

        var options = ForwardedHeadersExtensions.CreateOptions(configuration.GetSection("ForwardedHeaders"));

        Assert.Equal([IPAddress.Parse("10.0.0.5"), IPAddress.Parse("10.0.0.6")], options.KnownProxies);
        Assert.Equal([System.Net.IPNetwork.Parse("172.16.0.0/12"), System.Net.IPNetwork.Parse("fd00::/8")], options.KnownIPNetworks);
        var bad = Assert.Throws<InvalidOperationException>(() => ForwardedHeadersExtensions.CreateOptions(configuration.GetSection("Bad")));
        Assert.Contains("172.16.0.0/40", bad.Message);
    }

    private static HttpClient ForwardedFor(DeploymentSite site, string address)
    {
        var client = DeploymentHttp.Client(site.BaseAddress);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    private static async Task<List<HttpStatusCode>> WrongSignInsAsync(HttpClient client, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var response = await Reader.SubmitAsync(client, "/account/sign-in", "main form", new()
            {
                ["Input.Email"] = "nobody@example.test",
                ["Input.Password"] = "not the password",
            });
            statuses.Add(response.StatusCode);
        }
        return statuses;
    }

    private static async Task<string?> CanonicalAsync(HttpClient client)
    {
        using var response = await client.GetAsync(ReportPath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await SiteFactory.ParseAsync(response)).QuerySelector("link[rel=canonical]")?.GetAttribute("href");
    }

    /// <summary>
    /// A reader's browser on https://<c>host</c> seen through a TLS reverse proxy: the proxy passes the Host on and
    /// adds X-Forwarded-For and X-Forwarded-Proto; the browser keeps the cookies it is given, Secure ones included
    /// (it is on https). The raw Set-Cookie headers are kept for the test to read.
    /// </summary>
    private sealed class ProxiedBrowser(string host, string clientAddress)
        : DelegatingHandler(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
    {
        private readonly Dictionary<string, string> _cookies = [];

        public List<string> SetCookies { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Host = host;
            request.Headers.Add("X-Forwarded-For", clientAddress);
            request.Headers.Add("X-Forwarded-Proto", "https");
            if (_cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
            var response = await base.SendAsync(request, cancellationToken);
            foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                SetCookies.Add(header);
                var pair = header.Split(';')[0];
                var equals = pair.IndexOf('=');
                _cookies[pair[..equals]] = pair[(equals + 1)..];
            }
            return response;
        }
    }
}
