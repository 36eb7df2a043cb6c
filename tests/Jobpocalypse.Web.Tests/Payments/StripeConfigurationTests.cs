using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace Jobpocalypse.Web.Tests.Payments;

public class StripeConfigurationTests
{
    private sealed class KeyWithoutWebhookSecretFactory : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Stripe:SecretKey", FakeStripeServer.SecretKey);
            builder.UseSetting("Stripe:ProPriceId", StripeTestSettings.ProPriceId);
        }
    }

    [Fact]
    public void A_secret_key_without_the_webhook_secret_and_prices_stops_the_site_at_start_up()
    {
        using var site = new KeyWithoutWebhookSecretFactory();

        var error = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(error is AggregateException a ? a.InnerException : error);
        Assert.Contains("Stripe:WebhookSecret", validation.Message);
    }
}
