using System.Diagnostics;
using System.Net;
using Jobpocalypse.Dataset.Tests;
using Jobpocalypse.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Jobpocalypse.Web.Tests.Deployment;

/// <summary>
/// The site as a child process in Stripe mode (against the fake Stripe server), killed with SIGKILL while webhooks
/// are being processed. An event's effect and its id are stored together or not at all, so after a restart
/// Stripe's redelivery grants each event exactly once.
/// </summary>
[Collection(KillCollection.Name)]
[Trait("Category", "Process")]
public sealed class WebhookKillTests(PrebuiltReference reference, ITestOutputHelper log) : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly TempFolder _appData = new();
    private FakeStripeServer _stripe = null!;

    private string AppDb => Path.Combine(_appData.Path, "app.db");

    public async Task InitializeAsync() => _stripe = await FakeStripeServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _stripe.DisposeAsync();
        _appData.Dispose();
    }

    private WebAppProcess StartSite() =>
        WebAppProcess.Start([], reference.SiteEnvironment(_appData.Path).WithStripe(_stripe), _appData.Path);

    /// <summary>A Pro checkout's completion for a new subscription of the reader, which Stripe reports active.</summary>
    private (string EventId, string SubscriptionId, string Payload) ProCheckoutEvent(string userId, string customerId)
    {
        var subscription = _stripe.SetSubscription(new FakeSubscription(_stripe.NextId("sub"), customerId, "active", DateTimeOffset.UtcNow.AddDays(30)));
        var eventId = StripeEvents.NewId();
        var session = StripeEvents.CheckoutSession(_stripe.NextId("cs_test"), "subscription", customerId, subscription.Id, userId, "paid");
        return (eventId, subscription.Id, StripeEvents.Event(eventId, "checkout.session.completed", session, DateTimeOffset.UtcNow));
    }

    private async Task<string> SignUpAsync(HttpClient client)
    {
        var email = $"crash-{Guid.NewGuid():N}@example.test";
        await DeploymentHttp.SignUpAsync(client, email);
        return await DeploymentHttp.ScalarAsync<string>(AppDb, "SELECT id FROM users WHERE normalized_email = @email",
            new { email = email.ToUpperInvariant() });
    }

    private Task<long> CountAsync(string table, string where, object parameters) =>
        DeploymentHttp.ScalarAsync<long>(AppDb, $"SELECT count(*) FROM {table} WHERE {where}", parameters);

    [Fact]
    public async Task Killed_while_the_webhook_waits_on_stripe_stores_nothing_and_redelivery_grants_once()
    {
        string userId, customerId = _stripe.NextId("cus");
        (string EventId, string SubscriptionId, string Payload) stripeEvent;
        await using (var site = StartSite())
        {
            using var client = DeploymentHttp.Client(await site.WaitUntilListeningAsync(StartTimeout));
            userId = await SignUpAsync(client);
            stripeEvent = ProCheckoutEvent(userId, customerId);
            // The webhook re-reads the subscription from Stripe before it writes anything; Stripe is slow today.
            _stripe.SubscriptionReadDelay = TimeSpan.FromMinutes(5);

            var delivery = DeploymentHttp.PostWebhookAsync(client, stripeEvent.Payload);
            await Until(() => _stripe.SubscriptionReads.Contains(stripeEvent.SubscriptionId), "the webhook's subscription read");
            await site.KillHardAsync();

            // Stripe sees the connection drop (no 2xx) and will deliver the event again.
            await Assert.ThrowsAsync<HttpRequestException>(() => delivery);
        }

        Assert.Equal(0, await CountAsync("processed_webhook_events", "event_id = @EventId", new { stripeEvent.EventId }));
        Assert.Equal(0, await CountAsync("subscriptions", "id = @SubscriptionId", new { stripeEvent.SubscriptionId }));
        Assert.Equal(0, await CountAsync("stripe_customers", "customer_id = @customerId", new { customerId }));

        _stripe.SubscriptionReadDelay = TimeSpan.Zero;
        await using (var site = StartSite())
        {
            using var client = DeploymentHttp.Client(await site.WaitUntilListeningAsync(StartTimeout));
            var answers = new List<string>();
            for (var i = 0; i < 2; i++)
            {
                using var response = await DeploymentHttp.PostWebhookAsync(client, stripeEvent.Payload);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                answers.Add(await response.Content.ReadAsStringAsync());
            }
            Assert.Equal(["applied", "duplicate"], answers);
        }

        Assert.Equal(1, await CountAsync("processed_webhook_events", "event_id = @EventId", new { stripeEvent.EventId }));
        Assert.Equal(1, await CountAsync("subscriptions", "id = @SubscriptionId AND user_id = @userId AND status = 'active'",
            new { stripeEvent.SubscriptionId, userId }));
        Assert.Equal(1, await CountAsync("stripe_customers", "customer_id = @customerId AND user_id = @userId", new { customerId, userId }));
    }

    [Fact]
    public async Task Killed_in_the_middle_of_a_burst_every_event_is_whole_or_absent_and_redelivery_completes_each_once()
    {
        const int Count = 60;
        const int KillAfter = 15;
        var customerId = _stripe.NextId("cus");
        string userId;
        List<(string EventId, string SubscriptionId, string Payload)> events;
        var acknowledged = 0;

        await using (var site = StartSite())
        {
            using var client = DeploymentHttp.Client(await site.WaitUntilListeningAsync(StartTimeout));
            userId = await SignUpAsync(client);
            events = Enumerable.Range(0, Count).Select(_ => ProCheckoutEvent(userId, customerId)).ToList();

            // Four senders share the queue; the one that gets the KillAfter-th 200 pulls the plug at once,
            // while the other senders' events are somewhere between arrival and commit.
            var next = -1;
            async Task Sender()
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < Count && !site.HasExited)
                {
                    try
                    {
                        using var response = await DeploymentHttp.PostWebhookAsync(client, events[i].Payload);
                        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                        if (Interlocked.Increment(ref acknowledged) == KillAfter) await site.KillHardAsync();
                    }
                    catch (HttpRequestException)
                    {
                        // The site is gone (else this times out and fails): this delivery failed, as Stripe would see it.
                        await site.WaitUntilExitedAsync(TimeSpan.FromSeconds(30));
                        return;
                    }
                }
            }
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(Sender)));
            Assert.True(site.HasExited, "the burst ended before the kill");
        }

        var processed = (await DeploymentHttp.QueryAsync<string>(AppDb, "SELECT event_id FROM processed_webhook_events")).ToHashSet();
        var subscriptions = (await DeploymentHttp.QueryAsync<string>(AppDb, "SELECT id FROM subscriptions")).ToHashSet();
        // Whole or absent: an event's id is stored exactly when its subscription is.
        Assert.All(events, e => Assert.Equal(processed.Contains(e.EventId), subscriptions.Contains(e.SubscriptionId)));
        log.WriteLine($"killed after {acknowledged} acknowledged deliveries; {processed.Count} of {Count} events stored, {subscriptions.Count} subscriptions");
        Assert.InRange(processed.Count, acknowledged, Count - 1);

        await using (var site = StartSite())
        {
            using var client = DeploymentHttp.Client(await site.WaitUntilListeningAsync(StartTimeout));
            var answers = new List<string>();
            foreach (var e in events)
            {
                using var response = await DeploymentHttp.PostWebhookAsync(client, e.Payload);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                answers.Add(await response.Content.ReadAsStringAsync());
            }
            Assert.Equal(processed.Count, answers.Count(a => a == "duplicate"));
            Assert.Equal(Count - processed.Count, answers.Count(a => a == "applied"));
        }

        Assert.Equal(Count, await CountAsync("processed_webhook_events", "1 = 1", new { }));
        Assert.Equal(Count, await CountAsync("subscriptions", "user_id = @userId", new { userId }));
    }

    private static async Task Until(Func<bool> condition, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), $"Timed out waiting for {what}");
            await Task.Delay(10);
        }
    }
}
