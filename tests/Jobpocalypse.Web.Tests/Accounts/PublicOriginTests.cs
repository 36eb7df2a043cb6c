using System.Net;
using System.Xml.Linq;
using Jobpocalypse.Dataset.Tests;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace Jobpocalypse.Web.Tests.Accounts;

/// <summary>The site with a configured public origin; Production when asked (there the Host header is filtered too).</summary>
public class PublicOriginFactory : SiteFactory
{
    public const string Origin = "https://jobs.example.org";

    protected virtual string Environment => "Testing";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Site:BaseUrl", Origin);
        builder.UseEnvironment(Environment);
    }
}

public sealed class ProductionOriginFactory : PublicOriginFactory
{
    protected override string Environment => "Production";
}

/// <summary>Links the site writes start with Site:BaseUrl, whatever Host header a request names.</summary>
public class PublicOriginTests(PublicOriginFactory site) : IClassFixture<PublicOriginFactory>
{
    [Fact]
    public async Task A_reset_link_asked_for_under_a_forged_host_points_at_the_configured_origin()
    {
        using var owner = new Reader(site);
        using (var signUp = await owner.SignUpAsync()) Assert.Equal(HttpStatusCode.Redirect, signUp.StatusCode);
        await owner.ConfirmEmailAsync(); // an unconfirmed account's resets wait for confirmation
        using var attacker = new Reader(site, owner.Email, baseAddress: "https://evil.example");

        using var asked = await attacker.SubmitAsync("/account/forgot-password", "main form", new() { ["Input.Email"] = owner.Email });
        await Outbox.DrainedAsync(site);

        Assert.True(asked.StatusCode == HttpStatusCode.OK, (await SiteFactory.ParseAsync(asked)).QuerySelector("main")?.TextContent);
        var mail = Assert.Single(Outbox.MessagesTo(site, owner.Email, Outbox.ResetSubject));
        Assert.Contains($"{PublicOriginFactory.Origin}/account/reset-password?user=", mail);
        Assert.DoesNotContain("evil.example", mail);
    }

    [Fact]
    public async Task Canonical_open_graph_and_sitemap_addresses_ignore_the_host_header()
    {
        using var client = site.CreateClient(new() { BaseAddress = new Uri("http://evil.example"), AllowAutoRedirect = false });

        using var pro = await client.GetAsync("/pro");
        using var sitemap = await client.GetAsync("/sitemap.xml");
        using var robots = await client.GetAsync("/robots.txt");

        var page = await SiteFactory.ParseAsync(pro);
        Assert.Equal($"{PublicOriginFactory.Origin}/pro", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal($"{PublicOriginFactory.Origin}/pro", page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = XDocument.Parse(await sitemap.Content.ReadAsStringAsync()).Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.NotEmpty(locs);
        Assert.All(locs, loc => Assert.StartsWith(PublicOriginFactory.Origin + "/", loc));
        Assert.Contains($"Sitemap: {PublicOriginFactory.Origin}/sitemap.xml", await robots.Content.ReadAsStringAsync());
    }
}

public class ProductionHostTests(ProductionOriginFactory site) : IClassFixture<ProductionOriginFactory>
{
    [Fact]
    public async Task In_production_only_the_configured_host_is_answered()
    {
        using var forged = site.CreateClient(new() { BaseAddress = new Uri("https://evil.example"), AllowAutoRedirect = false });
        using var real = site.CreateClient(new() { BaseAddress = new Uri(PublicOriginFactory.Origin), AllowAutoRedirect = false });

        using var refused = await forged.GetAsync("/account/forgot-password");
        using var answered = await real.GetAsync("/account/forgot-password");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
    }

    [Fact]
    public void Production_without_a_base_url_or_with_the_local_test_checkout_refuses_to_start()
    {
        using var noOrigin = new MisconfiguredProductionFactory(new() { ["Site:BaseUrl"] = "" });
        using var localTest = new MisconfiguredProductionFactory(new() { ["Payments:Mode"] = "LocalTest" });

        Assert.Contains("Site:BaseUrl is required", Assert.ThrowsAny<Exception>(() => noOrigin.CreateClient()).ToString());
        Assert.Contains("LocalTest", Assert.ThrowsAny<Exception>(() => localTest.CreateClient()).ToString());
    }

    private sealed class MisconfiguredProductionFactory(Dictionary<string, string> settings) : PublicOriginFactory
    {
        protected override string Environment => "Production";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        }
    }
}

/// <summary>A site whose app-data folder outlives it, to start it again on the same data.</summary>
public sealed class ReusedAppDataFactory(string appData, Dictionary<string, string> settings) : SiteFactory(appData)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("MailOutbox:PollSeconds", "0.2");
        builder.UseSetting("MailOutbox:FirstRetrySeconds", "0.5");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }
}

/// <summary>Mail is queued durably: a mail server that refuses is retried, and a restart loses nothing.</summary>
public class MailOutboxTests
{
    [Fact]
    public async Task Mail_refused_by_the_server_is_retried_and_sent_after_a_restart()
    {
        using var appData = new TempFolder();
        var email = $"outbox-{Guid.NewGuid():N}@example.test";
        using var refusingServer = RefusingSmtpServer.Start();
        await using (var down = new ReusedAppDataFactory(appData.Path, new() { ["Smtp:Host"] = "127.0.0.1", ["Smtp:Port"] = refusingServer.Port.ToString() }))
        {
            using var reader = new Reader(down, email);
            using (var signUp = await reader.SignUpAsync()) Assert.Equal(HttpStatusCode.Redirect, signUp.StatusCode);
            long attempts = 0;
            for (var waited = 0; waited < 100 && attempts < 2; waited++)
            {
                await Task.Delay(100);
                attempts = await AppDbQueries.ScalarAsync<long>(down, "SELECT coalesce(max(attempts), 0) FROM mail_outbox WHERE to_address = @email", new { email });
            }
            var row = string.Join(" | ", await AppDbQueries.QueryAsync<string>(down,
                "SELECT attempts || ' ' || next_attempt_at || ' ' || coalesce(last_error, '-') FROM mail_outbox"));
            Assert.True(attempts >= 2, $"the refused mail was tried {attempts} time(s), not retried: {row}");
            Assert.Equal(1, await AppDbQueries.CountAsync(down, "mail_outbox", "to_address = @email AND sent_at IS NULL AND failed_at IS NULL AND last_error IS NOT NULL", new { email }));
            Assert.Empty(Outbox.MessagesTo(down, email));
        }

        await using var up = new ReusedAppDataFactory(appData.Path, []);
        using (var client = up.CreateBrowserlessClient()) (await client.GetAsync("/healthz")).Dispose(); // starts the host
        await Outbox.DrainedAsync(up);

        var mail = Assert.Single(Outbox.MessagesTo(up, email));
        Assert.Contains("Subject: Your Jobpocalypse account", mail);
        Assert.Equal(1, await AppDbQueries.CountAsync(up, "mail_outbox", "to_address = @email AND outcome = 'sent'", new { email }));
    }
}

/// <summary>An SMTP server that answers every connection "554 not available" and hangs up: each send fails at once.</summary>
public sealed class RefusingSmtpServer : IDisposable
{
    private readonly System.Net.Sockets.TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public static RefusingSmtpServer Start()
    {
        var server = new RefusingSmtpServer();
        server._listener.Start();
        _ = server.AcceptAsync();
        return server;
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                await client.GetStream().WriteAsync("554 Service not available\r\n"u8.ToArray(), _stop.Token);
            }
        }
        catch (OperationCanceledException) { }
        catch (System.Net.Sockets.SocketException) { }
        catch (ObjectDisposedException) { }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
    }
}
