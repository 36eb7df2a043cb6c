using System.Net;
using Jobpocalypse.Web.Tests.Infrastructure;

namespace Jobpocalypse.Web.Tests.Payments;

/// <summary>Steps several payment tests share: a reader checks out through the site, Stripe's events follow.</summary>
internal static class PaymentsFlow
{
    public const string Slug = "29-2072-medical-records-specialists";
    public const string Code = "29-2072.00";
    public const string Title = "Medical Records Specialists";
    public const string ReportUrl = "/occupations/" + Slug;
    public const string PdfUrl = ReportUrl + "/pdf";
    public const string DownloadUrl = PdfUrl + "/download";

    /// <summary>Subscribe on /pro: the site answers 303 to the Checkout Session it created; returns that session's form.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> StartProCheckoutAsync(PaymentsSiteFactory site, Reader reader)
    {
        var before = site.Stripe.CreatedCheckoutSessions.Count;
        using var response = await reader.SubmitAsync("/pro", "[data-testid=pro-offer] form", []);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var session = site.Stripe.CreatedCheckoutSessions.Skip(before).Single();
        Assert.Equal($"https://checkout.stripe.test/c/pay/{session["id"]}", response.Headers.Location!.ToString());
        return session;
    }

    public static async Task<IReadOnlyDictionary<string, string>> StartPdfCheckoutAsync(PaymentsSiteFactory site, Reader reader)
    {
        var before = site.Stripe.CreatedCheckoutSessions.Count;
        using var response = await reader.SubmitAsync(PdfUrl, "[data-testid=pdf-offer] form", []);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        return site.Stripe.CreatedCheckoutSessions.Skip(before).Single();
    }

    /// <summary>The whole Pro purchase: checkout started, Stripe's subscription active, checkout.session.completed delivered.</summary>
    public static async Task<FakeSubscription> SubscribeAsync(PaymentsSiteFactory site, Reader reader)
    {
        var session = await StartProCheckoutAsync(site, reader);
        var subscription = site.Stripe.SetSubscription(new FakeSubscription(site.Stripe.NextId("sub"), session["customer"], "active",
            site.Time.GetUtcNow().AddDays(30)));
        await DeliverAsync(site, "checkout.session.completed", StripeEvents.CheckoutSession(session["id"], "subscription",
            session["customer"], subscription.Id, session["client_reference_id"], "paid"));
        return subscription;
    }

    public static async Task<string> DeliverAsync(PaymentsSiteFactory site, string type, object dataObject, string? eventId = null)
    {
        var payload = StripeEvents.Event(eventId ?? StripeEvents.NewId(), type, dataObject, site.Time.GetUtcNow());
        using var response = await site.PostWebhookAsync(payload);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public static object PdfSession(IReadOnlyDictionary<string, string> session, string paymentStatus) =>
        StripeEvents.CheckoutSession(session["id"], "payment", session["customer"], null, session["client_reference_id"], paymentStatus,
            new Dictionary<string, string>
            {
                ["user_id"] = session["metadata[user_id]"],
                ["occupation_code"] = session["metadata[occupation_code]"],
            }, amountTotal: 1500);

    public static async Task<bool> IsProAsync(Reader reader)
    {
        var doc = await reader.GetDocumentAsync("/account");
        return doc.QuerySelector("[data-testid=subscription-state]")!.TextContent.Contains("You have Pro.");
    }
}
