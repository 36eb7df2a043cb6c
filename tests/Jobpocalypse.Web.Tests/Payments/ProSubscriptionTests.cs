using System.Net;
using Jobpocalypse.Web.Tests.Infrastructure;
using static Jobpocalypse.Web.Tests.Payments.PaymentsFlow;
using Jobpocalypse.Web.Tests.Infrastructure.Postgres;

namespace Jobpocalypse.Web.Tests.Payments;

/// <summary>Pro from checkout to the end of a cancelled subscription, through the fake Stripe and signed webhooks.</summary>
public abstract class ProSubscriptionTests(PaymentsSiteFactory site)
{
    [Fact]
    public async Task Subscribe_creates_a_subscription_checkout_for_the_reader_and_grants_nothing_by_itself()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var userId = await reader.UserIdAsync();

        var session = await StartProCheckoutAsync(site, reader);

        Assert.Equal("subscription", session["mode"]);
        Assert.Equal(StripeTestSettings.ProPriceId, session["line_items[0][price]"]);
        Assert.Equal("1", session["line_items[0][quantity]"]);
        Assert.Equal(userId, session["client_reference_id"]);
        Assert.Equal(userId, session["subscription_data[metadata][user_id]"]);
        Assert.StartsWith("http://localhost/pro/success", session["success_url"]);
        Assert.Equal("http://localhost/pro/cancelled", session["cancel_url"]);
        var customer = Assert.Single(site.Stripe.CreatedCustomers, c => c["email"] == reader.Email);
        Assert.Equal(userId, customer["metadata[user_id]"]);
        Assert.Equal(session["customer"], await AppDbQueries.ScalarAsync<string>(site,
            "SELECT customer_id FROM stripe_customers WHERE user_id = @userId", new { userId }));

        // Returning from checkout shows the waiting message: only the webhook grants.
        var success = await reader.GetDocumentAsync("/pro/success");
        Assert.NotNull(success.QuerySelector("[data-testid=pro-pending]"));
        Assert.False(await IsProAsync(reader));
    }

    [Fact]
    public async Task A_second_checkout_reuses_the_readers_stripe_customer()
    {
        using var reader = await Reader.SignedUpAsync(site);

        var first = await StartProCheckoutAsync(site, reader);
        var second = await StartPdfCheckoutAsync(site, reader);

        Assert.Equal(first["customer"], second["customer"]);
        Assert.Single(site.Stripe.CreatedCustomers, c => c["email"] == reader.Email);
    }

    [Fact]
    public async Task Anonymous_subscribe_goes_to_sign_in_and_back_to_pro()
    {
        using var anonymous = new Reader(site);

        using var response = await anonymous.SubmitAsync("/pro", "[data-testid=pro-offer] form", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in?returnUrl=%2Fpro", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Checkout_completed_webhook_makes_the_reader_pro_everywhere()
    {
        using var reader = await Reader.SignedUpAsync(site);

        var subscription = await SubscribeAsync(site, reader);

        Assert.True(await IsProAsync(reader));
        var account = await reader.GetDocumentAsync("/account");
        Assert.Contains("renews on", account.QuerySelector("[data-testid=subscription-state]")!.TextContent);
        var pro = await reader.GetDocumentAsync("/pro");
        Assert.NotNull(pro.QuerySelector("[data-testid=has-pro]"));
        Assert.Null(pro.QuerySelector("[data-testid=pro-offer] form"));
        var report = await reader.GetDocumentAsync(ReportUrl);
        Assert.NotNull(report.QuerySelector("[data-testid=pro-note]"));
        Assert.Null(report.QuerySelector("[data-testid=pro-cta]"));
        Assert.Contains(subscription.Id, site.Stripe.SubscriptionReads);
    }

    [Fact]
    public async Task Cancelled_subscription_keeps_pro_until_the_period_ends_then_deleted_leaves_the_reader_free()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var subscription = await SubscribeAsync(site, reader);

        // The reader cancels in the portal: Stripe keeps it active with cancel_at_period_end.
        site.Stripe.SetSubscription(subscription with { CancelAtPeriodEnd = true });
        await DeliverAsync(site, "customer.subscription.updated", StripeEvents.StaleSubscription(subscription.Id, subscription.CustomerId, "active"));
        Assert.True(await IsProAsync(reader));
        var account = await reader.GetDocumentAsync("/account");
        Assert.Contains("will not renew", account.QuerySelector("[data-testid=subscription-state]")!.TextContent);

        // One second before the period ends: still Pro.
        site.Time.SetUtcNow(subscription.CurrentPeriodEnd.AddSeconds(-1));
        using var before = new Reader(site, reader.Email);
        await before.SignInAsync();
        Assert.True(await IsProAsync(before));

        // Past the period end, even before Stripe's deletion event arrives: free.
        site.Time.SetUtcNow(subscription.CurrentPeriodEnd.AddSeconds(1));
        Assert.False(await IsProAsync(before));

        site.Stripe.SetSubscription(subscription with { Status = "canceled", CancelAtPeriodEnd = true });
        await DeliverAsync(site, "customer.subscription.deleted", StripeEvents.StaleSubscription(subscription.Id, subscription.CustomerId, "canceled"));
        Assert.False(await IsProAsync(before));
        Assert.Equal("canceled", await AppDbQueries.ScalarAsync<string>(site, "SELECT status FROM subscriptions WHERE id = @Id", new { subscription.Id }));
        var report = await before.GetDocumentAsync(ReportUrl);
        Assert.NotNull(report.QuerySelector("[data-testid=pro-cta]"));
        Assert.Null(report.QuerySelector("[data-testid=pro-note]"));
    }

    [Fact]
    public async Task Invoice_paid_re_reads_the_subscription_and_extends_the_period()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var subscription = await SubscribeAsync(site, reader);
        var renewed = site.Stripe.SetSubscription(subscription with { CurrentPeriodEnd = subscription.CurrentPeriodEnd.AddMonths(1) });

        await DeliverAsync(site, "invoice.paid", StripeEvents.Invoice("in_" + Guid.NewGuid().ToString("N"), subscription.CustomerId, subscription.Id));

        Assert.Equal(renewed.CurrentPeriodEnd.ToUnixTimeSeconds(), await AppDbQueries.ScalarAsync<long>(site,
            "SELECT current_period_end FROM subscriptions WHERE id = @Id", new { subscription.Id }));
    }

    [Fact]
    public async Task Invoice_payment_failed_stores_past_due_which_grants_nothing()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var subscription = await SubscribeAsync(site, reader);
        site.Stripe.SetSubscription(subscription with { Status = "past_due" });

        await DeliverAsync(site, "invoice.payment_failed", StripeEvents.Invoice("in_" + Guid.NewGuid().ToString("N"), subscription.CustomerId, subscription.Id));

        Assert.False(await IsProAsync(reader));
        var account = await reader.GetDocumentAsync("/account");
        Assert.Contains("past_due", account.QuerySelector("[data-testid=subscription-state]")!.TextContent);
    }

    [Fact]
    public async Task Manage_subscription_opens_the_billing_portal_for_the_readers_customer()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var subscription = await SubscribeAsync(site, reader);

        using var response = await reader.SubmitAsync("/account", "form[action*='handler=Manage']", []);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.StartsWith("https://billing.stripe.test/p/session/", response.Headers.Location!.ToString());
        var portal = Assert.Single(site.Stripe.CreatedPortalSessions, p => p["customer"] == subscription.CustomerId);
        Assert.Equal("http://localhost/account", portal["return_url"]);
    }

    [Fact]
    public async Task A_pro_reader_never_gets_the_anonymous_cached_report_and_anonymous_readers_never_get_theirs()
    {
        using var anonymous = new Reader(site);
        using var reader = await Reader.SignedUpAsync(site);
        await SubscribeAsync(site, reader);
        const string url = "/occupations/15-1252-software-developers";

        var before = await anonymous.GetDocumentAsync(url);   // stored in the output cache
        var pro = await reader.GetDocumentAsync(url);
        var after = await anonymous.GetDocumentAsync(url);

        Assert.NotNull(before.QuerySelector("[data-testid=pro-cta]"));
        Assert.NotNull(pro.QuerySelector("[data-testid=pro-note]"));
        Assert.Null(pro.QuerySelector("[data-testid=pro-cta]"));
        Assert.NotNull(after.QuerySelector("[data-testid=pro-cta]"));
        Assert.Null(after.QuerySelector("[data-testid=pro-note]"));
    }
}

[Collection(PaymentsCollection.Name)]
public sealed class ProSubscriptionTestsOnSqlite(PaymentsSiteFactory site) : ProSubscriptionTests(site);

[Collection(PostgresPaymentsCollection.Name), OnPostgres]
public sealed class ProSubscriptionTestsOnPostgres(PostgresPaymentsSiteFactory site) : ProSubscriptionTests(site);
