using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Tests.Infrastructure.Postgres;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Jobpocalypse.Web.Tests.Infrastructure;

/// <summary>
/// The site in Stripe mode against <see cref="FakeStripeServer"/>, on a clock the tests move
/// (<see cref="Time"/>), with the form rate limit out of the way (its own tests set it low). The account tests
/// use it too, for its clock (reset links expire).
/// </summary>
public class PaymentsSiteFactory : SiteFactory, IAsyncLifetime
{
    public FakeStripeServer Stripe { get; private set; } = null!;
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public async Task InitializeAsync() => Stripe = await FakeStripeServer.StartAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Stripe:SecretKey", FakeStripeServer.SecretKey);
        builder.UseSetting("Stripe:WebhookSecret", StripeTestSettings.WebhookSecret);
        builder.UseSetting("Stripe:ProPriceId", StripeTestSettings.ProPriceId);
        builder.UseSetting("Stripe:PdfPriceId", StripeTestSettings.PdfPriceId);
        builder.UseSetting("Stripe:ApiBase", Stripe.BaseAddress);
        builder.UseSetting(FormRateLimiting.PermitKey, "100000");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Stripe.DisposeAsync();
    }

    /// <summary>Posts a webhook signed now (by the site's clock) with the configured secret, unless told otherwise.</summary>
    public async Task<HttpResponseMessage> PostWebhookAsync(string payload, DateTimeOffset? signedAt = null,
        string secret = StripeTestSettings.WebhookSecret)
    {
        using var client = CreateBrowserlessClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/stripe/webhook")
        {
            Content = new StringContent(payload, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Stripe-Signature", StripeEvents.Signature(payload, signedAt ?? Time.GetUtcNow(), secret));
        return await client.SendAsync(request);
    }
}

[CollectionDefinition(Name)]
public sealed class PaymentsCollection : ICollectionFixture<PaymentsSiteFactory>
{
    public const string Name = "payments";
}

/// <summary>The site with no Stripe key in Testing: the local test checkout.</summary>
public class LocalCheckoutSiteFactory : SiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(FormRateLimiting.PermitKey, "100000");
        builder.UseSetting("Payments:Mode", "LocalTest");
    }
}

[CollectionDefinition(Name)]
public sealed class LocalCheckoutCollection : ICollectionFixture<LocalCheckoutSiteFactory>
{
    public const string Name = "local-checkout";
}

/// <summary>The Stripe-mode site with its app database on the run's PostgreSQL cluster.</summary>
public sealed class PostgresPaymentsSiteFactory : PaymentsSiteFactory
{
    protected override bool OnPostgres => true;
}

[CollectionDefinition(Name)]
public sealed class PostgresPaymentsCollection : ICollectionFixture<PostgresPaymentsSiteFactory>
{
    public const string Name = "payments-postgres";
}

/// <summary>The local-checkout site with its app database on the run's PostgreSQL cluster.</summary>
public sealed class PostgresLocalCheckoutSiteFactory : LocalCheckoutSiteFactory
{
    protected override bool OnPostgres => true;
}

[CollectionDefinition(Name)]
public sealed class PostgresLocalCheckoutCollection : ICollectionFixture<PostgresLocalCheckoutSiteFactory>
{
    public const string Name = "local-checkout-postgres";
}
