using System.Net;
using Jobpocalypse.Web.Tests.Infrastructure;
using static Jobpocalypse.Web.Tests.Payments.PaymentsFlow;
using Jobpocalypse.Web.Tests.Infrastructure.Postgres;

namespace Jobpocalypse.Web.Tests.Payments;

/// <summary>The webhook's guarantees: only signed, fresh events count; each counts once; order does not matter.</summary>
public abstract class StripeWebhookTests(PaymentsSiteFactory site)
{
    private async Task<long> ProcessedAsync(string eventId) =>
        await AppDbQueries.CountAsync(site, "processed_webhook_events", "event_id = @eventId", new { eventId });

    [Fact]
    public async Task The_same_event_delivered_three_times_is_applied_once()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var session = await StartPdfCheckoutAsync(site, reader);
        var payload = StripeEvents.Event(StripeEvents.NewId(), "checkout.session.completed", PdfSession(session, "paid"), site.Time.GetUtcNow());

        var answers = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await site.PostWebhookAsync(payload);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answers.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(["applied", "duplicate", "duplicate"], answers);
        Assert.Equal(1, await AppDbQueries.CountAsync(site, "purchases", "checkout_session_id = @id", new { id = session["id"] }));
    }

    [Fact]
    public async Task The_same_event_delivered_five_times_at_once_is_applied_once()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var session = await StartPdfCheckoutAsync(site, reader);
        var payload = StripeEvents.Event(StripeEvents.NewId(), "checkout.session.completed", PdfSession(session, "paid"), site.Time.GetUtcNow());

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => site.PostWebhookAsync(payload)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var answers = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        Assert.Single(answers, a => a == "applied");
        Assert.Equal(1, await AppDbQueries.CountAsync(site, "purchases", "checkout_session_id = @id", new { id = session["id"] }));
        foreach (var r in responses) r.Dispose();
    }

    [Fact]
    public async Task A_redelivered_subscription_event_does_not_re_read_or_change_anything()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var subscription = await SubscribeAsync(site, reader);
        var eventId = StripeEvents.NewId();
        var updated = StripeEvents.StaleSubscription(subscription.Id, subscription.CustomerId, "active");
        await DeliverAsync(site, "customer.subscription.updated", updated, eventId);
        var reads = site.Stripe.SubscriptionReads.Count(id => id == subscription.Id);

        // Stripe now says canceled, but a second delivery of the old event must not act on it.
        site.Stripe.SetSubscription(subscription with { Status = "canceled" });
        for (var i = 0; i < 2; i++) Assert.Equal("duplicate", await DeliverAsync(site, "customer.subscription.updated", updated, eventId));

        Assert.Equal(reads, site.Stripe.SubscriptionReads.Count(id => id == subscription.Id));
        Assert.True(await IsProAsync(reader));
        Assert.Equal(1, await ProcessedAsync(eventId));
    }

    public static TheoryData<string> Forgeries => ["wrong secret", "stale", "tampered", "missing"];

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task Forged_or_stale_events_answer_400_and_store_nothing(string forgery)
    {
        using var reader = await Reader.SignedUpAsync(site);
        var session = await StartPdfCheckoutAsync(site, reader);
        var eventId = StripeEvents.NewId();
        var now = site.Time.GetUtcNow();
        var payload = StripeEvents.Event(eventId, "checkout.session.completed", PdfSession(session, "paid"), now);

        using var client = site.CreateBrowserlessClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/stripe/webhook") { Content = new StringContent(payload) };
        var signature = forgery switch
        {
            "wrong secret" => StripeEvents.Signature(payload, now, "whsec_someone_else"),
            "stale" => StripeEvents.Signature(payload, now.AddMinutes(-6)),
            "tampered" => StripeEvents.Signature(payload.Replace("\"paid\"", "\"unpaid\""), now),
            _ => null,
        };
        if (signature is not null) request.Headers.Add("Stripe-Signature", signature);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await ProcessedAsync(eventId));
        Assert.Equal(0, await AppDbQueries.CountAsync(site, "purchases", "checkout_session_id = @id", new { id = session["id"] }));
        using var download = await reader.Client.GetAsync(DownloadUrl);
        Assert.Equal(HttpStatusCode.Forbidden, download.StatusCode);
    }

    [Fact]
    public async Task A_signature_a_little_in_the_past_is_accepted()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var session = await StartPdfCheckoutAsync(site, reader);
        var payload = StripeEvents.Event(StripeEvents.NewId(), "checkout.session.completed", PdfSession(session, "paid"), site.Time.GetUtcNow());

        using var response = await site.PostWebhookAsync(payload, signedAt: site.Time.GetUtcNow().AddMinutes(-4));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_event_types_answer_200_and_are_ignored()
    {
        var eventId = StripeEvents.NewId();

        var answer = await DeliverAsync(site, "customer.created", new Dictionary<string, object> { ["id"] = "cus_x", ["object"] = "customer" }, eventId);

        Assert.Equal("ignored", answer);
        Assert.Equal(0, await ProcessedAsync(eventId));
    }

    [Fact]
    public async Task Deleted_before_created_and_updated_ends_canceled()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var session = await StartProCheckoutAsync(site, reader);
        // By the time the events arrive, Stripe's subscription is already over.
        var subscription = site.Stripe.SetSubscription(new FakeSubscription(site.Stripe.NextId("sub"), session["customer"], "canceled",
            site.Time.GetUtcNow().AddDays(30)));
        var stale = StripeEvents.StaleSubscription(subscription.Id, subscription.CustomerId, "active");

        await DeliverAsync(site, "customer.subscription.deleted", stale);
        await DeliverAsync(site, "customer.subscription.created", stale);
        await DeliverAsync(site, "customer.subscription.updated", stale);
        await DeliverAsync(site, "checkout.session.completed", StripeEvents.CheckoutSession(session["id"], "subscription",
            session["customer"], subscription.Id, session["client_reference_id"], "paid"));

        Assert.False(await IsProAsync(reader));
        Assert.Equal("canceled", await AppDbQueries.ScalarAsync<string>(site, "SELECT status FROM subscriptions WHERE id = @Id", new { subscription.Id }));
    }

    [Fact]
    public async Task An_ended_subscription_is_never_revived_by_a_late_event()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var subscription = await SubscribeAsync(site, reader);
        site.Stripe.SetSubscription(subscription with { Status = "canceled" });
        await DeliverAsync(site, "customer.subscription.deleted", StripeEvents.StaleSubscription(subscription.Id, subscription.CustomerId, "canceled"));

        // Even if a read were to say active again (a lagging replica, a bug), the canceled row stays.
        site.Stripe.SetSubscription(subscription with { Status = "active" });
        await DeliverAsync(site, "customer.subscription.updated", StripeEvents.StaleSubscription(subscription.Id, subscription.CustomerId, "active"));

        Assert.False(await IsProAsync(reader));
    }

    [Fact]
    public async Task Completed_after_updated_ends_pro_with_one_subscription()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var userId = await reader.UserIdAsync();
        var session = await StartProCheckoutAsync(site, reader);
        var subscription = site.Stripe.SetSubscription(new FakeSubscription(site.Stripe.NextId("sub"), session["customer"], "active",
            site.Time.GetUtcNow().AddDays(30)));

        // The subscription's own events come first: the customer, stored at checkout, already names the reader.
        await DeliverAsync(site, "customer.subscription.updated", StripeEvents.StaleSubscription(subscription.Id, subscription.CustomerId, "incomplete"));
        Assert.True(await IsProAsync(reader));
        await DeliverAsync(site, "checkout.session.completed", StripeEvents.CheckoutSession(session["id"], "subscription",
            session["customer"], subscription.Id, session["client_reference_id"], "paid"));

        Assert.True(await IsProAsync(reader));
        Assert.Equal(1, await AppDbQueries.CountAsync(site, "subscriptions", "user_id = @userId", new { userId }));
    }

    [Fact]
    public async Task A_subscription_of_an_unknown_customer_is_linked_when_its_checkout_completes()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var userId = await reader.UserIdAsync();
        var subscription = site.Stripe.SetSubscription(new FakeSubscription(site.Stripe.NextId("sub"), site.Stripe.NextId("cus"), "active",
            site.Time.GetUtcNow().AddDays(30)));

        await DeliverAsync(site, "customer.subscription.created", StripeEvents.StaleSubscription(subscription.Id, subscription.CustomerId, "active"));
        Assert.Equal(0, await AppDbQueries.CountAsync(site, "subscriptions", "id = @Id AND user_id IS NOT NULL", new { subscription.Id }));
        Assert.False(await IsProAsync(reader));

        await DeliverAsync(site, "checkout.session.completed", StripeEvents.CheckoutSession("cs_" + Guid.NewGuid().ToString("N"),
            "subscription", subscription.CustomerId, subscription.Id, userId, "paid"));

        Assert.True(await IsProAsync(reader));
    }

    [Fact]
    public async Task The_subscriptions_metadata_names_the_reader_when_the_customer_is_unknown()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var userId = await reader.UserIdAsync();
        var subscription = site.Stripe.SetSubscription(new FakeSubscription(site.Stripe.NextId("sub"), site.Stripe.NextId("cus"), "trialing",
            site.Time.GetUtcNow().AddDays(7), UserId: userId));

        await DeliverAsync(site, "customer.subscription.created", StripeEvents.StaleSubscription(subscription.Id, subscription.CustomerId, "trialing"));

        Assert.True(await IsProAsync(reader));
    }

    [Fact]
    public async Task An_event_for_a_subscription_stripe_no_longer_has_is_recorded_and_changes_nothing()
    {
        var eventId = StripeEvents.NewId();

        var answer = await DeliverAsync(site, "customer.subscription.updated", StripeEvents.StaleSubscription("sub_gone", "cus_gone", "active"), eventId);

        Assert.Equal("applied", answer);
        Assert.Equal(1, await ProcessedAsync(eventId));
        Assert.Equal(0, await AppDbQueries.CountAsync(site, "subscriptions", "id = 'sub_gone'"));
    }

    [Fact]
    public async Task An_unpaid_pdf_checkout_grants_nothing_until_the_async_payment_succeeds()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var session = await StartPdfCheckoutAsync(site, reader);

        await DeliverAsync(site, "checkout.session.completed", PdfSession(session, "unpaid"));
        using (var pending = await reader.Client.GetAsync(DownloadUrl)) Assert.Equal(HttpStatusCode.Forbidden, pending.StatusCode);
        var account = await reader.GetDocumentAsync("/account");
        Assert.Contains("payment processing", account.QuerySelector("[data-testid=purchases]")!.TextContent);

        await DeliverAsync(site, "checkout.session.async_payment_succeeded", PdfSession(session, "paid"));
        using var paid = await reader.Client.GetAsync(DownloadUrl);
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
    }

    [Fact]
    public async Task A_failed_async_payment_grants_nothing_and_a_late_completed_event_does_not_undo_a_payment()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var failedSession = await StartPdfCheckoutAsync(site, reader);
        await DeliverAsync(site, "checkout.session.completed", PdfSession(failedSession, "unpaid"));
        await DeliverAsync(site, "checkout.session.async_payment_failed", PdfSession(failedSession, "unpaid"));
        Assert.Equal("failed", await AppDbQueries.ScalarAsync<string>(site, "SELECT status FROM purchases WHERE checkout_session_id = @id", new { id = failedSession["id"] }));
        using (var refused = await reader.Client.GetAsync(DownloadUrl)) Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        // A second attempt: the success arrives before the (unpaid) completed event.
        var session = await StartPdfCheckoutAsync(site, reader);
        await DeliverAsync(site, "checkout.session.async_payment_succeeded", PdfSession(session, "paid"));
        await DeliverAsync(site, "checkout.session.completed", PdfSession(session, "unpaid"));

        Assert.Equal("paid", await AppDbQueries.ScalarAsync<string>(site, "SELECT status FROM purchases WHERE checkout_session_id = @id", new { id = session["id"] }));
        using var allowed = await reader.Client.GetAsync(DownloadUrl);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }
}

[Collection(PaymentsCollection.Name)]
public sealed class StripeWebhookTestsOnSqlite(PaymentsSiteFactory site) : StripeWebhookTests(site);

[Collection(PostgresPaymentsCollection.Name), OnPostgres]
public sealed class StripeWebhookTestsOnPostgres(PostgresPaymentsSiteFactory site) : StripeWebhookTests(site);
