namespace Jobpocalypse.Web.Payments;

/// <summary>
/// Configuration section "Stripe", from user-secrets or environment variables (Stripe__SecretKey …), never the
/// repository. With no SecretKey the site runs the local test checkout (Development, Testing) or has payments off.
/// </summary>
public sealed class StripeOptions
{
    public const string SectionName = "Stripe";

    public string? SecretKey { get; set; }
    /// <summary>The signing secret of the webhook endpoint (whsec_…), from the Dashboard or <c>stripe listen</c>.</summary>
    public string? WebhookSecret { get; set; }
    /// <summary>The recurring monthly price of Pro.</summary>
    public string? ProPriceId { get; set; }
    /// <summary>The one-time price of one occupation's PDF report.</summary>
    public string? PdfPriceId { get; set; }
    /// <summary>Tests only: the base address of a local fake of the Stripe API.</summary>
    public string? ApiBase { get; set; }

    public bool HasSecretKey => !string.IsNullOrWhiteSpace(SecretKey);
}
