using Microsoft.Extensions.Options;
using Stripe;

namespace Jobpocalypse.Web.Payments;

public static class PaymentsExtensions
{
    /// <summary>
    /// Binds "Stripe" and "Payments" and fixes the payment mode: Payments:Mode when set, else Stripe with a secret
    /// key and Disabled without. Stripe mode requires the key, the webhook secret and both price ids at start-up;
    /// LocalTest is refused in Production, so no configuration slip there can hand out Pro for free.
    /// </summary>
    public static void AddPayments(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var stripe = builder.Configuration.GetSection(StripeOptions.SectionName).Get<StripeOptions>() ?? new StripeOptions();
        var payment = builder.Configuration.GetSection(PaymentOptions.SectionName).Get<PaymentOptions>() ?? new PaymentOptions();
        var mode = ChooseMode(payment.Mode, stripe, builder.Environment);
        if (payment.ProMonthlyPrice <= 0 || payment.PdfPrice <= 0)
            throw new InvalidOperationException("Payments:ProMonthlyPrice and Payments:PdfPrice must be positive amounts in US dollars.");
        var proPriceId = mode == PaymentMode.LocalTest ? LocalTestCheckout.ProPriceId : stripe.ProPriceId;

        services.AddOptions<StripeOptions>()
            .Bind(builder.Configuration.GetSection(StripeOptions.SectionName))
            .Validate(o => mode != PaymentMode.Stripe || (o.HasSecretKey && !string.IsNullOrWhiteSpace(o.WebhookSecret)
                    && !string.IsNullOrWhiteSpace(o.ProPriceId) && !string.IsNullOrWhiteSpace(o.PdfPriceId)),
                "Payments:Mode is Stripe, so Stripe:SecretKey, Stripe:WebhookSecret, Stripe:ProPriceId and Stripe:PdfPriceId are required.")
            .ValidateOnStart();
        services.AddSingleton(new PaymentSettings(mode, new Prices(payment.ProMonthlyPrice, payment.PdfPrice), proPriceId));
        services.AddSingleton<SubscriptionLocks>();
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

    public static PaymentMode ChooseMode(string? configured, StripeOptions stripe, IHostEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(configured)) return stripe.HasSecretKey ? PaymentMode.Stripe : PaymentMode.Disabled;
        if (!Enum.TryParse<PaymentMode>(configured.Trim(), ignoreCase: true, out var mode) || !Enum.IsDefined(mode))
            throw new InvalidOperationException($"Payments:Mode '{configured}' is not one of Stripe, LocalTest, Disabled.");
        if (mode == PaymentMode.LocalTest && environment.IsProduction())
            throw new InvalidOperationException("Payments:Mode LocalTest gives purchases away and is refused in Production.");
        return mode;
    }

    public static void MapPayments(this WebApplication app) => app.MapStripeWebhook();
}

/// <summary>Says at start-up which payment mode the site runs in, so a missing key is noticed before a reader does.</summary>
internal sealed class PaymentsModeLog(PaymentSettings payments, ILogger<PaymentsModeLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (payments.Mode == PaymentMode.Disabled)
            logger.LogWarning("Payments:Mode is Disabled (no Stripe:SecretKey, or set so): nothing can be bought");
        else if (payments.Mode == PaymentMode.LocalTest)
            logger.LogWarning("Payments:Mode is LocalTest: purchases complete on a local page and nothing is charged");
        else
            logger.LogInformation("Payments: {Mode}", payments.Mode);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
