using System.Globalization;

namespace Jobpocalypse.Web.Payments;

/// <summary>Configuration <c>Payments:Mode</c>; see <see cref="PaymentOptions"/>.</summary>
public enum PaymentMode
{
    /// <summary>Real Stripe Checkout; the signed webhook grants access.</summary>
    Stripe,
    /// <summary>Set explicitly only, never in Production: a local checkout page completes purchases, no charge.</summary>
    LocalTest,
    /// <summary>Purchase buttons say payments are not configured.</summary>
    Disabled,
}

/// <summary>
/// Configuration section "Payments". Mode defaults to Stripe when Stripe:SecretKey is set and to Disabled
/// otherwise: the free local test checkout runs only where it is asked for by name. Prices are what the pages
/// show before checkout, in US dollars; they must match the Stripe prices the checkout charges.
/// </summary>
public sealed class PaymentOptions
{
    public const string SectionName = "Payments";

    public string? Mode { get; set; }
    public decimal ProMonthlyPrice { get; set; } = 9m;
    public decimal PdfPrice { get; set; } = 12m;
}

/// <summary>The prices shown before checkout.</summary>
public sealed record Prices(decimal ProMonthly, decimal Pdf)
{
    public string ProMonthlyText => Dollars(ProMonthly);
    public string PdfText => Dollars(Pdf);

    /// <summary>"$9", "$12.50".</summary>
    public static string Dollars(decimal amount) =>
        "$" + amount.ToString(decimal.Truncate(amount) == amount ? "#,0" : "#,0.00", CultureInfo.InvariantCulture);
}

/// <summary>The payment mode, prices and the Pro price id, fixed at start-up.</summary>
public sealed record PaymentSettings(PaymentMode Mode, Prices Prices, string? ProPriceId)
{
    public bool Enabled => Mode != PaymentMode.Disabled;

    /// <summary>Defaults for code and tests that build settings by hand.</summary>
    public static PaymentSettings Off { get; } = new(PaymentMode.Disabled, new Prices(9m, 12m), null);
}
