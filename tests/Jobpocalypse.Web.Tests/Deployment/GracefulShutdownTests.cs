using System.Diagnostics;
using System.Net;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Dataset.Tests;
using Jobpocalypse.Web.Tests.Infrastructure;

namespace Jobpocalypse.Web.Tests.Deployment;

/// <summary>SIGTERM (docker stop, a redeploy) lets the request in flight finish and store its effect, then the site exits 0.</summary>
[Collection(KillCollection.Name)]
[Trait("Category", "Process")]
public sealed class GracefulShutdownTests(PrebuiltReference reference) : IAsyncLifetime
{
    private readonly TempFolder _appData = new();
    private FakeStripeServer _stripe = null!;

    public async Task InitializeAsync() => _stripe = await FakeStripeServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _stripe.DisposeAsync();
        _appData.Dispose();
    }

    [Fact]
    public void The_shutdown_timeout_leaves_room_under_the_compose_grace_period()
    {
        var compose = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docker-compose.yml"));
        var grace = System.Text.RegularExpressions.Regex.Match(compose, @"stop_grace_period:\s*(\d+)s");
        Assert.True(grace.Success, "docker-compose.yml sets no stop_grace_period in seconds");
        Assert.True(ShutdownExtensions.ShutdownTimeout < TimeSpan.FromSeconds(int.Parse(grace.Groups[1].Value)));
    }

    [Fact]
    public async Task Sigterm_during_a_slow_webhook_finishes_it_stores_it_and_exits_zero()
    {
        var appDb = Path.Combine(_appData.Path, "app.db");
        await using var site = WebAppProcess.Start([], reference.SiteEnvironment(_appData.Path).WithStripe(_stripe), _appData.Path);
        using var client = DeploymentHttp.Client(await site.WaitUntilListeningAsync(TimeSpan.FromSeconds(90)));
        var email = $"shutdown-{Guid.NewGuid():N}@example.test";
        await DeploymentHttp.SignUpAsync(client, email);
        var userId = await DeploymentHttp.ScalarAsync<string>(appDb, "SELECT id FROM users WHERE normalized_email = @e", new { e = email.ToUpperInvariant() });
        var customer = _stripe.NextId("cus");
        var subscription = _stripe.SetSubscription(new FakeSubscription(_stripe.NextId("sub"), customer, "active", DateTimeOffset.UtcNow.AddDays(30)));
        var eventId = StripeEvents.NewId();
        var payload = StripeEvents.Event(eventId, "checkout.session.completed",
            StripeEvents.CheckoutSession(_stripe.NextId("cs_test"), "subscription", customer, subscription.Id, userId, "paid"), DateTimeOffset.UtcNow);
        _stripe.SubscriptionReadDelay = TimeSpan.FromSeconds(2);

        var delivery = DeploymentHttp.PostWebhookAsync(client, payload);
        var waited = Stopwatch.StartNew();
        while (!_stripe.SubscriptionReads.Contains(subscription.Id))
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "the webhook never read the subscription");
            await Task.Delay(10);
        }
        var signalled = Stopwatch.StartNew();
        site.SendSigterm();

        using var response = await delivery;
        var answeredAfter = signalled.Elapsed;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("applied", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await site.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        // It really was in flight when the signal came: Stripe's answer was still a second or more away.
        Assert.True(answeredAfter > TimeSpan.FromSeconds(1), $"answered {answeredAfter.TotalMilliseconds:0} ms after SIGTERM");
        Assert.Contains(site.Lines, l => l.Contains("Application is shutting down"));
        Assert.Equal(1, await DeploymentHttp.ScalarAsync<long>(appDb, "SELECT count(*) FROM processed_webhook_events WHERE event_id = @eventId", new { eventId }));
        Assert.Equal(userId, await DeploymentHttp.ScalarAsync<string>(appDb, "SELECT user_id FROM subscriptions WHERE id = @Id", new { subscription.Id }));
    }
}
