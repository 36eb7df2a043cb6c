using System.Diagnostics;
using System.Net;
using Jobpocalypse.Dataset.Tests;
using Jobpocalypse.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Jobpocalypse.Web.Tests.Deployment;

/// <summary>
/// The site as a child process in Stripe mode (against the fake Stripe server), killed with SIGKILL while webhooks
/// are being processed. An event's effect and its id are stored together or not at all, so after a restart
/// Stripe's redelivery grants each event exactly once. The tests share the site and its app-data folder
/// (<see cref="StripeModeSite"/>): each counts only its own events' rows.
/// </summary>
[Collection(KillCollection.Name)]
[Trait("Category", "Process")]
public sealed class WebhookKillTests(PrebuiltReference reference, StripeModeSite shared, ITestOutputHelper log) : IClassFixture<StripeModeSite>
{
    private FakeStripeServer Stripe => shared.Stripe;
    private string AppDb => shared.AppDb;

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
        string userId, customerId = Stripe.NextId("cus");
        (string EventId, string SubscriptionId, string Payload) stripeEvent;
        {
            var site = await shared.EnsureRunningAsync(reference);
            using var client = DeploymentHttp.Client(shared.Site.Address);
            userId = await SignUpAsync(client);
            stripeEvent = StripeEvents.ProCheckout(Stripe, userId, customerId);
            // The webhook re-reads the subscription from Stripe before it writes anything; Stripe is slow today.
            Stripe.SubscriptionReadDelay = TimeSpan.FromMinutes(5);

            var delivery = DeploymentHttp.PostWebhookAsync(client, stripeEvent.Payload);
            await Until(() => Stripe.SubscriptionReads.Contains(stripeEvent.SubscriptionId), "the webhook's subscription read");
            await site.KillHardAsync();

            // Stripe sees the connection drop (no 2xx) and will deliver the event again.
            await Assert.ThrowsAsync<HttpRequestException>(() => delivery);
        }

        Assert.Equal(0, await CountAsync("processed_webhook_events", "event_id = @EventId", new { stripeEvent.EventId }));
        Assert.Equal(0, await CountAsync("subscriptions", "id = @SubscriptionId", new { stripeEvent.SubscriptionId }));
        Assert.Equal(0, await CountAsync("stripe_customers", "customer_id = @customerId", new { customerId }));

        Stripe.SubscriptionReadDelay = TimeSpan.Zero;
        {
            await shared.EnsureRunningAsync(reference);
            using var client = DeploymentHttp.Client(shared.Site.Address);
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
        var customerId = Stripe.NextId("cus");
        string userId;
        List<(string EventId, string SubscriptionId, string Payload)> events;
        var acknowledged = 0;

        {
            var site = await shared.EnsureRunningAsync(reference);
            using var client = DeploymentHttp.Client(shared.Site.Address);
            userId = await SignUpAsync(client);
            events = Enumerable.Range(0, Count).Select(_ => StripeEvents.ProCheckout(Stripe, userId, customerId)).ToList();

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

        // This test's rows only: the site's database also holds the events of the tests before it.
        var processed = (await DeploymentHttp.QueryAsync<string>(AppDb, "SELECT event_id FROM processed_webhook_events"))
            .Intersect(events.Select(e => e.EventId)).ToHashSet();
        var subscriptions = (await DeploymentHttp.QueryAsync<string>(AppDb, "SELECT id FROM subscriptions"))
            .Intersect(events.Select(e => e.SubscriptionId)).ToHashSet();
        // Whole or absent: an event's id is stored exactly when its subscription is.
        Assert.All(events, e => Assert.Equal(processed.Contains(e.EventId), subscriptions.Contains(e.SubscriptionId)));
        log.WriteLine($"killed after {acknowledged} acknowledged deliveries; {processed.Count} of {Count} events stored, {subscriptions.Count} subscriptions");
        Assert.InRange(processed.Count, acknowledged, Count - 1);

        {
            await shared.EnsureRunningAsync(reference);
            using var client = DeploymentHttp.Client(shared.Site.Address);
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

        Assert.Equal(Count, (await DeploymentHttp.QueryAsync<string>(AppDb, "SELECT event_id FROM processed_webhook_events"))
            .Intersect(events.Select(e => e.EventId)).Count());
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
