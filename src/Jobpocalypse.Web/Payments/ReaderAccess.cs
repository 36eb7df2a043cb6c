namespace Jobpocalypse.Web.Payments;

/// <summary>
/// What the current reader may see, computed once per request by <see cref="ReaderAccessProvider"/>:
/// signed in or not, Pro by <see cref="Entitlements.GrantsPro"/>, the occupations whose PDF they bought.
/// </summary>
public sealed record ReaderAccess(
    string? UserId,
    bool IsPro,
    IReadOnlySet<string> OwnedPdfs,
    IReadOnlySet<string> PendingPdfs,
    SubscriptionRow? Subscription,
    PaymentSettings Payments)
{
    public bool IsSignedIn => UserId is not null;
    public bool PaymentsEnabled => Payments.Enabled;

    /// <summary>True for the buyer of this occupation's PDF; Pro includes every PDF.</summary>
    public bool OwnsPdf(string occupationCode) => OwnedPdfs.Contains(occupationCode);
    public bool CanDownloadPdf(string occupationCode) => IsPro || OwnsPdf(occupationCode);
    /// <summary>A checkout of this PDF was completed but its payment is not confirmed yet: no second purchase meanwhile.</summary>
    public bool HasPendingPdf(string occupationCode) => PendingPdfs.Contains(occupationCode);
    /// <summary>A Pro subscription exists but is past due, unpaid or incomplete: the billing portal settles it.</summary>
    public bool ProNeedsPayment => !IsPro && Subscription is { } s && s.PriceId == Payments.ProPriceId && Entitlements.NeedsPayment(s.Status);
    public Prices Prices => Payments.Prices;

    public static ReaderAccess Anonymous(PaymentSettings payments) =>
        new(null, false, new HashSet<string>(), new HashSet<string>(), null, payments);
}
