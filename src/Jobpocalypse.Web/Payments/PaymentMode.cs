namespace Jobpocalypse.Web.Payments;

public enum PaymentMode
{
    /// <summary>Real Stripe Checkout; the signed webhook grants access.</summary>
    Stripe,
    /// <summary>No Stripe key in Development or Testing: a local checkout page completes purchases, no charge.</summary>
    LocalTest,
    /// <summary>No Stripe key in Production: purchase buttons say payments are not configured.</summary>
    Disabled,
}

/// <summary>The payment mode chosen once at start-up from configuration and environment.</summary>
public sealed record PaymentSettings(PaymentMode Mode)
{
    public bool Enabled => Mode != PaymentMode.Disabled;
}
