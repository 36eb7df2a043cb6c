using Jobpocalypse.Web.Tests.Infrastructure;

namespace Jobpocalypse.Web.Tests.Deployment;

/// <summary>One site process in Stripe mode against a fake Stripe server, on SQLite: the site <see cref="WebhookKillTests"/> share.</summary>
public sealed class StripeModeSite : IAsyncLifetime
{
    public RestartableSite Site { get; } = new();
    public FakeStripeServer Stripe { get; private set; } = null!;
    public string AppDb => Path.Combine(Site.AppData, "app.db");

    public async Task InitializeAsync() => Stripe = await FakeStripeServer.StartAsync();

    /// <summary>The running site (started again if a test killed it), with Stripe answering at once.</summary>
    public async Task<WebAppProcess> EnsureRunningAsync(PrebuiltReference reference)
    {
        Stripe.SubscriptionReadDelay = TimeSpan.Zero;
        await Site.EnsureRunningAsync(appData => reference.SiteEnvironment(appData).WithStripe(Stripe));
        return Site.Process;
    }

    public async Task DisposeAsync()
    {
        await Site.DisposeAsync();
        await Stripe.DisposeAsync();
    }
}
