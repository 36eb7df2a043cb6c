using System.Net;
using AngleSharp.Html.Dom;
using Dapper;
using Jobpocalypse.Web.Tests.Infrastructure;
using Jobpocalypse.Web.Tests.Infrastructure.Postgres;
using Npgsql;
using Xunit.Abstractions;

namespace Jobpocalypse.Web.Tests.Deployment;

/// <summary>
/// Two site processes (A and B, each with its own app-data folder and port) sharing one PostgreSQL database, as behind
/// a load balancer: a sign-in or a form from one is good on the other, a webhook to either grants on both, the same
/// event delivered to both at once counts once, and killing one mid-burst loses or doubles nothing. The tests share
/// the pair (<see cref="TwoInstances"/>): each counts only its own reader's and events' rows.
/// </summary>
[Collection(KillCollection.Name), OnPostgres]
[Trait("Category", "Process")]
public sealed class MultiInstanceTests(PrebuiltReference reference, TwoInstances sites, ITestOutputHelper log)
    : IClassFixture<TwoInstances>, IAsyncLifetime
{
    private FakeStripeServer Stripe => sites.Stripe;

    public Task InitializeAsync() => sites.EnsureRunningAsync(reference);

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(sites.Database);
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    private async Task<string> SignUpAsync(HttpClient client, string email)
    {
        await DeploymentHttp.SignUpAsync(client, email);
        return await ScalarAsync<string>("SELECT id FROM users WHERE normalized_email = @e", new { e = email.ToUpperInvariant() });
    }

    private static async Task<bool> IsProAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/account");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SiteFactory.ParseAsync(response);
        return page.QuerySelector("[data-testid=subscription-state]")!.TextContent.Contains("You have Pro.");
    }

    [Fact]
    public async Task Sign_in_forms_pro_and_each_event_are_shared_by_two_instances()
    {
        Assert.Equal(AppDatabaseMigrationCount, await ScalarAsync<long>("SELECT count(*) FROM schema_migrations"));
        var cookies = new CookieContainer(); // cookies ignore the port: one browser, two instances behind one name
        using var clientA = DeploymentHttp.Client(sites.A.Address, cookies);
        using var clientB = DeploymentHttp.Client(sites.B.Address, cookies);
        var email = $"two-{Guid.NewGuid():N}@example.test";

        // Signed in on A, the cookie (protected with A's keys) is read by B.
        var userId = await SignUpAsync(clientA, email);
        using (var account = await clientB.GetAsync("/account"))
        {
            Assert.Equal(HttpStatusCode.OK, account.StatusCode);
            Assert.Contains(email, (await SiteFactory.ParseAsync(account)).Body!.TextContent);
        }
        // A form served by A (its antiforgery token) is accepted when posted to B.
        IHtmlFormElement form;
        using (var page = await clientA.GetAsync("/account/sign-in"))
            form = (IHtmlFormElement)(await SiteFactory.ParseAsync(page)).QuerySelector("main form")!;
        var fields = form.QuerySelectorAll("input[name]").OfType<IHtmlInputElement>()
            .Where(i => i.Type is not ("checkbox" or "submit") || i.IsChecked)
            .GroupBy(i => i.Name!)
            .ToDictionary(g => g.Key, g => g.First().Value);
        fields["Input.Email"] = email;
        fields["Input.Password"] = Reader.DefaultPassword;
        using (var signIn = await clientB.PostAsync("/account/sign-in", new FormUrlEncodedContent(fields)))
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        // A subscription's webhook delivered to A: B shows Pro.
        Assert.False(await IsProAsync(clientB));
        var customerId = Stripe.NextId("cus");
        var first = StripeEvents.ProCheckout(Stripe, userId, customerId);
        using (var delivered = await DeploymentHttp.PostWebhookAsync(clientA, first.Payload))
            Assert.Equal("applied", await delivered.Content.ReadAsStringAsync());
        Assert.True(await IsProAsync(clientB));

        // One event delivered to A and B at the same moment: applied by one, a duplicate for the other.
        var twice = StripeEvents.ProCheckout(Stripe, userId, customerId);
        Stripe.SubscriptionReadDelay = TimeSpan.FromMilliseconds(300); // both are inside the webhook at once
        string[] answers;
        try
        {
            answers = await Task.WhenAll(new[] { clientA, clientB }.Select(async client =>
            {
                using var response = await DeploymentHttp.PostWebhookAsync(client, twice.Payload);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                return await response.Content.ReadAsStringAsync();
            }));
        }
        finally
        {
            Stripe.SubscriptionReadDelay = TimeSpan.Zero;
        }
        Assert.Equal(["applied", "duplicate"], answers.Order());
        Assert.Equal(1, await ScalarAsync<long>("SELECT count(*) FROM processed_webhook_events WHERE event_id = @EventId", new { twice.EventId }));
        Assert.Equal(1, await ScalarAsync<long>("SELECT count(*) FROM subscriptions WHERE id = @SubscriptionId", new { twice.SubscriptionId }));
    }

    [Fact]
    public async Task Killing_one_instance_mid_burst_leaves_nothing_lost_or_doubled_after_retries_to_the_other()
    {
        const int Count = 60;
        const int KillAfter = 15;
        var siteA = sites.A.Process;
        using var clientA = DeploymentHttp.Client(sites.A.Address);
        using var clientB = DeploymentHttp.Client(sites.B.Address);
        var userId = await SignUpAsync(clientA, $"burst-{Guid.NewGuid():N}@example.test");
        var customerId = Stripe.NextId("cus");
        var events = Enumerable.Range(0, Count).Select(_ => StripeEvents.ProCheckout(Stripe, userId, customerId)).ToList();

        // Four senders alternate between A and B; the KillAfter-th acknowledgement from A pulls A's plug at once.
        var next = -1;
        var acknowledgedByA = 0;
        var failed = new System.Collections.Concurrent.ConcurrentBag<int>();
        async Task Sender()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < Count)
            {
                var toA = i % 2 == 0 && !siteA.HasExited;
                try
                {
                    using var response = await DeploymentHttp.PostWebhookAsync(toA ? clientA : clientB, events[i].Payload);
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    if (toA && Interlocked.Increment(ref acknowledgedByA) == KillAfter) await siteA.KillHardAsync();
                }
                catch (HttpRequestException) when (toA)
                {
                    failed.Add(i); // A is gone: Stripe saw no 2xx and will deliver again
                }
            }
        }
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(Sender)));
        Assert.True(siteA.HasExited, "the burst ended before the kill");

        // Stripe's retries, all to B now: every event once more, including those A acknowledged.
        var answers = new List<string>();
        foreach (var e in events)
        {
            using var response = await DeploymentHttp.PostWebhookAsync(clientB, e.Payload);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answers.Add(await response.Content.ReadAsStringAsync());
        }
        log.WriteLine($"A killed after {acknowledgedByA} acknowledgements; {failed.Count} deliveries failed; {answers.Count(x => x == "applied")} applied on retry");

        // Only deliveries that failed can have been missing (some committed before A died, their answer lost).
        Assert.InRange(answers.Count(x => x == "applied"), 0, failed.Count);
        Assert.Equal(Count, await ScalarAsync<long>("SELECT count(*) FROM processed_webhook_events WHERE event_id = ANY(@ids)",
            new { ids = events.Select(e => e.EventId).ToArray() }));
        Assert.Equal(Count, await ScalarAsync<long>("SELECT count(*) FROM subscriptions WHERE user_id = @userId", new { userId }));
    }

    private static int AppDatabaseMigrationCount => Jobpocalypse.Web.AppDatabase.AppDatabaseMigrations.For(Jobpocalypse.Web.AppDatabase.AppDatabaseProvider.Postgres).Count;
}
