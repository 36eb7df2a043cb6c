namespace Jobpocalypse.Web.Payments;

/// <summary>Metadata keys set on checkout sessions and subscriptions, read back by the webhook.</summary>
public static class CheckoutMetadata
{
    public const string UserId = "user_id";
    public const string OccupationCode = "occupation_code";
}
