using System.Net;
using System.Text;
using Jobpocalypse.Web.Tests.Infrastructure;
using static Jobpocalypse.Web.Tests.Payments.PaymentsFlow;
using Jobpocalypse.Web.Tests.Infrastructure.Postgres;

namespace Jobpocalypse.Web.Tests.Payments;

/// <summary>Money edge cases: the Pro price check, no second purchase or subscription, the newest Stripe state wins.</summary>
public abstract class PaymentsHardeningTests(PaymentsSiteFactory site)
{
    [Fact]
    public async Task An_active_subscription_to_another_price_grants_no_pro()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var session = await StartProCheckoutAsync(site, reader);
        var other = site.Stripe.SetSubscription(new FakeSubscription(site.Stripe.NextId("sub"), session["customer"], "active",
            site.Time.GetUtcNow().AddDays(30), PriceId: "price_some_other_product"));

        await DeliverAsync(site, "checkout.session.completed", StripeEvents.CheckoutSession(session["id"], "subscription",
            session["customer"], other.Id, session["client_reference_id"], "paid"));

        Assert.Equal("active", await AppDbQueries.ScalarAsync<string>(site, "SELECT status FROM subscriptions WHERE id = @Id", new { other.Id }));
        Assert.False(await IsProAsync(reader));
        using var download = await reader.Client.GetAsync(DownloadUrl);
        Assert.Equal(HttpStatusCode.Forbidden, download.StatusCode);
    }

    [Fact]
    public async Task A_past_due_subscription_is_sent_to_the_billing_portal_not_to_a_second_checkout()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var subscription = await SubscribeAsync(site, reader);
        site.Stripe.SetSubscription(subscription with { Status = "past_due" });
        await DeliverAsync(site, "customer.subscription.updated", StripeEvents.StaleSubscription(subscription.Id, subscription.CustomerId, "active"));
        var checkoutsBefore = site.Stripe.CreatedCheckoutSessions.Count;

        var pro = await reader.GetDocumentAsync("/pro");
        using var response = await reader.SubmitAsync("/pro", "[data-testid=pro-offer] form", []);

        Assert.Contains("past_due", pro.QuerySelector("[data-testid=pro-needs-payment]")!.TextContent);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.StartsWith("https://billing.stripe.test/p/session/", response.Headers.Location!.ToString());
        Assert.Equal(checkoutsBefore, site.Stripe.CreatedCheckoutSessions.Count);
        Assert.Equal("http://localhost/account", site.Stripe.CreatedPortalSessions.Last()["return_url"]);
    }

    [Fact]
    public async Task A_pdf_whose_payment_is_pending_cannot_be_bought_again()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var session = await StartPdfCheckoutAsync(site, reader);
        await DeliverAsync(site, "checkout.session.completed", PdfSession(session, "unpaid"));
        var checkoutsBefore = site.Stripe.CreatedCheckoutSessions.Count;

        var offer = await reader.GetDocumentAsync(PdfUrl);
        var token = (await reader.GetDocumentAsync("/account")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var again = await reader.Client.PostAsync(PdfUrl + "?handler=Buy",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.NotNull(offer.QuerySelector("[data-testid=pdf-payment-pending]"));
        Assert.Null(offer.QuerySelector("[data-testid=pdf-offer] form"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("still being confirmed", (await SiteFactory.ParseAsync(again)).QuerySelector("main [role=alert]")!.TextContent);
        Assert.Equal(checkoutsBefore, site.Stripe.CreatedCheckoutSessions.Count);
    }

    [Fact]
    public async Task Of_two_concurrent_events_for_one_subscription_the_newest_stripe_state_is_stored()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var subscription = await SubscribeAsync(site, reader);
        var stale = StripeEvents.StaleSubscription(subscription.Id, subscription.CustomerId, "active");
        site.Stripe.AnswerStateAtArrival = true;
        site.Stripe.SubscriptionReadDelay = TimeSpan.FromMilliseconds(800);
        try
        {
            // The first event's read of Stripe arrives while the subscription is active, and its answer is slow.
            var readsBefore = site.Stripe.SubscriptionReads.Count;
            var first = DeliverAsync(site, "customer.subscription.updated", stale);
            for (var i = 0; i < 100 && site.Stripe.SubscriptionReads.Count == readsBefore; i++) await Task.Delay(20);
            Assert.True(site.Stripe.SubscriptionReads.Count > readsBefore, "the first event never read the subscription");

            // Meanwhile the payment fails: the second event must not be overwritten by the first's older answer.
            site.Stripe.SetSubscription(subscription with { Status = "past_due" });
            site.Stripe.SubscriptionReadDelay = TimeSpan.Zero;
            var second = DeliverAsync(site, "customer.subscription.updated", stale);
            await Task.WhenAll(first, second);
        }
        finally
        {
            site.Stripe.AnswerStateAtArrival = false;
            site.Stripe.SubscriptionReadDelay = TimeSpan.Zero;
        }

        Assert.Equal("past_due", await AppDbQueries.ScalarAsync<string>(site, "SELECT status FROM subscriptions WHERE id = @Id", new { subscription.Id }));
        Assert.False(await IsProAsync(reader));
    }

    [Theory]
    [InlineData("")]
    [InlineData("this is not json")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{}")]
    [InlineData("{\"id\": 5, \"object\": \"event\", \"type\": [\"x\"]}")]
    [InlineData("{\"id\": \"evt_1\", \"object\": \"event\", \"created\": \"yesterday\", \"type\": \"customer.subscription.updated\"}")]
    [InlineData("{\"id\": \"evt_2\", \"object\": \"event\", \"type\": \"checkout.session.completed\", \"data\": {\"object\": [] }}")]
    public async Task A_correctly_signed_but_unreadable_event_is_a_400_not_a_500(string payload)
    {
        using var response = await site.PostWebhookAsync(payload);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Invalid", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_oversized_chunked_body_without_a_length_is_a_413()
    {
        using var client = site.CreateBrowserlessClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/stripe/webhook") { Content = new UnsizedContent(2 * 1024 * 1024) };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Add("Stripe-Signature", "t=1,v1=00");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than 512 KB", await response.Content.ReadAsStringAsync());
    }

    /// <summary>A body whose length is not known in advance, as a chunked upload sends it.</summary>
    private sealed class UnsizedContent(int bytes) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var chunk = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
            for (var written = 0; written < bytes; written += chunk.Length) await stream.WriteAsync(chunk);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}

[Collection(PaymentsCollection.Name)]
public sealed class PaymentsHardeningTestsOnSqlite(PaymentsSiteFactory site) : PaymentsHardeningTests(site);

[Collection(PostgresPaymentsCollection.Name), OnPostgres]
public sealed class PaymentsHardeningTestsOnPostgres(PostgresPaymentsSiteFactory site) : PaymentsHardeningTests(site);
