namespace Jobpocalypse.Web.Payments;

/// <summary>
/// Serialises webhook work per subscription: re-reading a subscription from Stripe and storing what was read happen
/// under one lock, so of two events for one subscription the one that read later also writes later, and the newest
/// Stripe state is what stays stored. A fixed set of striped semaphores: nothing grows with the number of
/// subscriptions, and two subscriptions sharing a stripe only wait for each other.
/// </summary>
public sealed class SubscriptionLocks
{
    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<IDisposable> AcquireAsync(string subscriptionId, CancellationToken ct)
    {
        var stripe = _stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(subscriptionId) % (uint)_stripes.Length)];
        await stripe.WaitAsync(ct);
        return new Releaser(stripe);
    }

    private sealed class Releaser(SemaphoreSlim stripe) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) stripe.Release();
        }
    }
}
