using Jobpocalypse.Web.Infrastructure;
using Microsoft.Extensions.Options;
using Stripe;

namespace Jobpocalypse.Web.Payments;

public static class PaymentsExtensions
{
    /// <summary>
    /// Binds "Stripe" and picks the payment mode: Stripe when a secret key is configured (then the webhook secret
    /// and both price ids are required at start-up), the local test checkout without a key in Development and
    /// Testing, and payments off without a key anywhere else.
    /// </summary>
    public static void AddPayments(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var stripe = builder.Configuration.GetSection(StripeOptions.SectionName).Get<StripeOptions>() ?? new StripeOptions();
        var mode = stripe.HasSecretKey ? PaymentMode.Stripe
            : builder.Environment.IsLocal() ? PaymentMode.LocalTest
            : PaymentMode.Disabled;

        services.AddOptions<StripeOptions>()
            .Bind(builder.Configuration.GetSection(StripeOptions.SectionName))
            .Validate(o => !o.HasSecretKey || (!string.IsNullOrWhiteSpace(o.WebhookSecret)
                    && !string.IsNullOrWhiteSpace(o.ProPriceId) && !string.IsNullOrWhiteSpace(o.PdfPriceId)),
                "Stripe:SecretKey is set, so Stripe:WebhookSecret, Stripe:ProPriceId and Stripe:PdfPriceId are required.")
            .ValidateOnStart();
        services.AddSingleton(new PaymentSettings(mode));
        services.AddHttpContextAccessor();
        services.AddSingleton<PaymentsStore>();
        services.AddSingleton<Fulfilment>();
        services.AddScoped<ReaderAccessProvider>();
        services.AddScoped<CheckoutStarter>();
        services.AddSingleton<LocalTestCheckout>();
        services.AddHostedService<PaymentsModeLog>();

        switch (mode)
        {
            case PaymentMode.Stripe:
                services.AddSingleton<IStripeClient>(sp =>
                {
                    var o = sp.GetRequiredService<IOptions<StripeOptions>>().Value;
                    return new StripeClient(o.SecretKey, apiBase: string.IsNullOrWhiteSpace(o.ApiBase) ? null : o.ApiBase);
                });
                services.AddSingleton<StripeWebhookProcessor>();
                services.AddSingleton<ICheckoutGateway, StripeCheckoutGateway>();
                break;
            case PaymentMode.LocalTest:
                services.AddSingleton<ICheckoutGateway, LocalTestCheckoutGateway>();
                break;
        }
    }

    public static void MapPayments(this WebApplication app) => app.MapStripeWebhook();
}

/// <summary>Says at start-up which payment mode the site runs in, so a missing key is noticed before a reader does.</summary>
internal sealed class PaymentsModeLog(PaymentSettings payments, ILogger<PaymentsModeLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (payments.Mode == PaymentMode.Disabled)
            logger.LogWarning("Stripe:SecretKey is not configured: payments are disabled");
        else
            logger.LogInformation("Payments: {Mode}", payments.Mode);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
