namespace Jobpocalypse.Web.Infrastructure;

/// <summary>The advertised Pro price. Stripe's configured price must match it.</summary>
public static class Pricing
{
    public const int ProMonthlyDollars = 9;
}
