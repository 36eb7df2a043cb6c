using System.Text;
using System.Text.RegularExpressions;
using Jobpocalypse.Web.Tests.Infrastructure;
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using Microsoft.AspNetCore.WebUtilities;

namespace Jobpocalypse.Web.Tests.Accounts;

/// <summary>
/// The site with its own Serilog configuration (levels and overrides as configured, the app's categories at
/// Debug) and one more sink, registered in DI, that keeps every event: its rendered message, every property and
/// any exception.
/// </summary>
public sealed class LogCaptureFactory : SiteFactory
{
    private readonly ConcurrentQueue<string> _events = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Debug");
        builder.UseSetting(Jobpocalypse.Web.Infrastructure.FormRateLimiting.PermitKey, "1000");
        builder.UseSetting("Payments:Mode", "LocalTest");
        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(new CaptureSink(_events)));
    }

    public string ReadLog() => string.Join("\n", _events);

    internal sealed class CaptureSink(ConcurrentQueue<string> events) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => events.Enqueue(string.Join(" ",
            [logEvent.RenderMessage(), .. logEvent.Properties.Select(p => $"{p.Key}={p.Value}"), logEvent.Exception?.ToString() ?? ""]));
    }
}

public partial class SensitiveLoggingTests(LogCaptureFactory site) : IClassFixture<LogCaptureFactory>
{
    [Fact]
    public async Task No_email_password_or_reset_token_reaches_the_logs()
    {
        using var reader = await Reader.ConfirmedAsync(site);
        const string wrongPassword = "a wrong password 123";
        const string newPassword = "the replacement phrase";
        using (var wrong = await new Reader(site, reader.Email).SignInAsync(wrongPassword)) { }
        using (var forgot = await reader.SubmitAsync("/account/forgot-password", "main form", new() { ["Input.Email"] = reader.Email })) { }
        var link = await Outbox.SingleResetLinkAsync(site, reader.Email);
        var urlToken = ResetToken().Match(link).Groups[1].Value;
        var rawToken = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(urlToken));
        using (var reset = await reader.SubmitAsync(link, "main form", new() { ["Input.Password"] = newPassword, ["Input.ConfirmPassword"] = newPassword })) { }
        using (var signIn = await new Reader(site, reader.Email).SignInAsync(newPassword)) { }

        var log = site.ReadLog();

        // The capture works: requests and account events are there...
        Assert.Contains("HTTP \"POST\" \"/account/reset-password\" responded 302", log);
        Assert.Contains("Account \"" + await reader.UserIdAsync() + "\" created", log);
        Assert.Contains("(\"password-reset\") sent", log);
        Assert.Contains("Password reset for account", log);
        // ...and nothing that identifies or authenticates the reader.
        Assert.DoesNotContain(reader.Email, log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(reader.Email.Split('@')[0], log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Reader.DefaultPassword, log);
        Assert.DoesNotContain(wrongPassword, log);
        Assert.DoesNotContain(newPassword, log);
        Assert.DoesNotContain(urlToken[..40], log);
        Assert.DoesNotContain(rawToken[..40], log);
        Assert.DoesNotContain("token=", log);
        Assert.Empty(CardLikeNumbers(log));
    }

    [Fact]
    public async Task A_checkout_and_a_card_number_typed_where_it_does_not_belong_leave_no_trace_in_the_logs()
    {
        using var reader = await Reader.SignedUpAsync(site);
        // Readers paste card numbers into the wrong box: a search, and the sign-up form's email field.
        using (await reader.Client.GetAsync("/search?q=" + Uri.EscapeDataString(TestCard))) { }
        using (var wrong = await new Reader(site, TestCardDigits).SignUpAsync()) Assert.Equal(System.Net.HttpStatusCode.OK, wrong.StatusCode);
        // The local test checkout: a PDF bought and Pro subscribed, through the webhook's fulfilment.
        foreach (var (page, form) in new[] { ("/occupations/29-2072-medical-records-specialists/pdf", "[data-testid=pdf-offer] form"), ("/pro", "[data-testid=pro-offer] form") })
        {
            using var start = await reader.SubmitAsync(page, form, []);
            Assert.Equal(System.Net.HttpStatusCode.SeeOther, start.StatusCode);
            using var complete = await reader.SubmitAsync(start.Headers.Location!.ToString(), "main form", []);
            Assert.Equal(System.Net.HttpStatusCode.SeeOther, complete.StatusCode);
        }

        var log = site.ReadLog();

        Assert.Contains("HTTP \"GET\" \"/search\" responded 200", log);
        Assert.Contains("HTTP \"POST\" \"/checkout/test/", log);
        Assert.DoesNotContain(reader.Email.Split('@')[0], log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Reader.DefaultPassword, log);
        Assert.DoesNotContain(TestCardDigits, log);
        Assert.Empty(CardLikeNumbers(log));
    }

    [Fact]
    public void The_card_number_detector_finds_cards_and_passes_ids_and_timings()
    {
        Assert.Equal([TestCard, "5555-5555-5555-4444", "378282246310005"],
            CardLikeNumbers($"q={TestCard}; 5555-5555-5555-4444 and 378282246310005."));
        Assert.Empty(CardLikeNumbers("4242 4242 4242 4241 user 1234567890123456a 0HNA1B2C3D4E responded 200 in 12.5 ms at 1773480413"));
    }

    /// <summary>Stripe's test Visa, as a reader would type it.</summary>
    internal const string TestCard = "4242 4242 4242 4242";
    internal const string TestCardDigits = "4242424242424242";

    /// <summary>Runs of 13 to 19 digits (single spaces or dashes allowed between them) that pass the Luhn check.</summary>
    internal static IReadOnlyList<string> CardLikeNumbers(string text) =>
        CardLike().Matches(text).Select(m => m.Value).Where(v => Luhn(new string(v.Where(char.IsAsciiDigit).ToArray()))).ToList();

    private static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
        }
        return sum % 10 == 0;
    }

    [GeneratedRegex("token=([A-Za-z0-9_-]+)")]
    private static partial Regex ResetToken();

    [GeneratedRegex(@"(?<![0-9A-Za-z])(?:\d[ -]?){12,18}\d(?![0-9A-Za-z])")]
    private static partial Regex CardLike();
}

/// <summary>
/// The same capture with Stripe: a Pro and a PDF checkout end to end, Stripe's events carrying the reader's email
/// (as real ones do, in customer_details), one of them with a forged signature.
/// </summary>
public sealed class StripeLoggingTests : IClassFixture<StripeLoggingTests.StripeLogCaptureFactory>
{
    private readonly StripeLogCaptureFactory _site;

    public StripeLoggingTests(StripeLogCaptureFactory site) => _site = site;

    [Fact]
    public async Task Stripe_checkouts_and_their_events_leave_no_email_or_card_number_in_the_logs()
    {
        using var reader = await Reader.SignedUpAsync(_site);
        var stripe = _site.Stripe;
        var userId = await reader.UserIdAsync();

        using (var pro = await reader.SubmitAsync("/pro", "[data-testid=pro-offer] form", []))
            Assert.Equal(System.Net.HttpStatusCode.SeeOther, pro.StatusCode);
        var proSession = stripe.CreatedCheckoutSessions.Last();
        var subscription = stripe.SetSubscription(new FakeSubscription(stripe.NextId("sub"), proSession["customer"], "active", DateTimeOffset.UtcNow.AddDays(30)));
        using (var pdf = await reader.SubmitAsync("/occupations/29-2072-medical-records-specialists/pdf", "[data-testid=pdf-offer] form", []))
            Assert.Equal(System.Net.HttpStatusCode.SeeOther, pdf.StatusCode);
        var pdfSession = stripe.CreatedCheckoutSessions.Last();

        var proEvent = WithCustomerDetails(StripeEvents.CheckoutSession(proSession["id"], "subscription", proSession["customer"], subscription.Id, userId, "paid"), reader.Email);
        var pdfEvent = WithCustomerDetails(StripeEvents.CheckoutSession(pdfSession["id"], "payment", pdfSession["customer"], null, userId, "paid",
            new Dictionary<string, string> { ["user_id"] = userId, ["occupation_code"] = "29-2072.00" }, 1500), reader.Email);
        foreach (var (payload, secret, expected) in new[]
                 {
                     (StripeEvents.Event(StripeEvents.NewId(), "checkout.session.completed", proEvent, DateTimeOffset.UtcNow), StripeTestSettings.WebhookSecret, System.Net.HttpStatusCode.OK),
                     (StripeEvents.Event(StripeEvents.NewId(), "checkout.session.completed", pdfEvent, DateTimeOffset.UtcNow), StripeTestSettings.WebhookSecret, System.Net.HttpStatusCode.OK),
                     (StripeEvents.Event(StripeEvents.NewId(), "checkout.session.completed", pdfEvent, DateTimeOffset.UtcNow), "whsec_forged", System.Net.HttpStatusCode.BadRequest),
                 })
        {
            using var client = _site.CreateBrowserlessClient();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/stripe/webhook") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
            request.Headers.Add("Stripe-Signature", StripeEvents.Signature(payload, DateTimeOffset.UtcNow, secret));
            using var response = await client.SendAsync(request);
            Assert.Equal(expected, response.StatusCode);
        }

        var log = _site.ReadLog();

        Assert.Contains("applied", log, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Stripe webhook rejected", log);
        Assert.Contains(stripe.CreatedCustomers, c => c.GetValueOrDefault("email") == reader.Email); // Stripe got it; the logs did not
        Assert.DoesNotContain(reader.Email.Split('@')[0], log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(SensitiveLoggingTests.TestCardDigits, log);
        Assert.Empty(SensitiveLoggingTests.CardLikeNumbers(log));
    }

    /// <summary>What Stripe puts in a completed Checkout Session about the payer (the card itself never reaches the site).</summary>
    private static object WithCustomerDetails(object session, string email)
    {
        var fields = (Dictionary<string, object?>)session;
        fields["customer_details"] = new { email, name = "Test Reader", phone = (string?)null };
        fields["customer_email"] = email;
        return fields;
    }

    public sealed class StripeLogCaptureFactory : SiteFactory, IAsyncLifetime
    {
        private readonly ConcurrentQueue<string> _events = new();

        public FakeStripeServer Stripe { get; private set; } = null!;

        public async Task InitializeAsync() => Stripe = await FakeStripeServer.StartAsync();

        async Task IAsyncLifetime.DisposeAsync()
        {
            await base.DisposeAsync();
            await Stripe.DisposeAsync();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Serilog:MinimumLevel:Default", "Debug");
            builder.UseSetting(Jobpocalypse.Web.Infrastructure.FormRateLimiting.PermitKey, "1000");
            builder.UseSetting("Stripe:SecretKey", FakeStripeServer.SecretKey);
            builder.UseSetting("Stripe:WebhookSecret", StripeTestSettings.WebhookSecret);
            builder.UseSetting("Stripe:ProPriceId", StripeTestSettings.ProPriceId);
            builder.UseSetting("Stripe:PdfPriceId", StripeTestSettings.PdfPriceId);
            builder.UseSetting("Stripe:ApiBase", Stripe.BaseAddress);
            builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(new LogCaptureFactory.CaptureSink(_events)));
        }

        public string ReadLog() => string.Join("\n", _events);
    }
}
