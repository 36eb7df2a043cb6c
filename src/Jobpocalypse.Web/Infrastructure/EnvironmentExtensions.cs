namespace Jobpocalypse.Web.Infrastructure;

public static class EnvironmentExtensions
{
    public const string Testing = "Testing";

    /// <summary>Development or the test host: no HTTPS, local mail outbox, the local test checkout without a Stripe key.</summary>
    public static bool IsLocal(this IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment(Testing);
}
