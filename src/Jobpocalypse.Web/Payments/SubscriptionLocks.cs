using System.Data.Common;
using Dapper;
using Jobpocalypse.Web.AppDatabase;

namespace Jobpocalypse.Web.Payments;

/// <summary>
/// Serialises webhook work per subscription: re-reading a subscription from Stripe and storing what was read happen
/// under one lock, so of two events for one subscription the one that read later also writes later, and the newest
/// Stripe state is what stays stored. A fixed set of striped semaphores: nothing grows with the number of
/// subscriptions, and two subscriptions sharing a stripe only wait for each other. On Postgres the stripe is
/// followed by an advisory lock on the subscription, held on a connection of its own, so instances serialise too;
/// a killed instance's connection closes and the database releases its lock.
/// </summary>
public sealed class SubscriptionLocks(AppDb db)
{
    /// <summary>The advisory locks' first key: this kind of lock, apart from the migrator's.</summary>
    private const int PostgresLockSpace = 0x6A6F62; // "job"

    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<IDisposable> AcquireAsync(string subscriptionId, CancellationToken ct)
    {
        var stripe = _stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(subscriptionId) % (uint)_stripes.Length)];
        await stripe.WaitAsync(ct);
        if (!db.IsPostgres) return new Releaser(stripe, null);
        DbConnection? connection = null;
        try
        {
            connection = await db.OpenAsync(ct);
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@PostgresLockSpace, hashtext(@subscriptionId))",
                new { PostgresLockSpace, subscriptionId }, cancellationToken: ct));
            return new Releaser(stripe, connection);
        }
        catch
        {
            if (connection is not null) await connection.DisposeAsync();
            stripe.Release();
            throw;
        }
    }

    private sealed class Releaser(SemaphoreSlim stripe, DbConnection? connection) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0) return;
            try
            {
                // Unlocks every advisory lock of the session before the connection goes back to the pool.
                connection?.Execute("SELECT pg_advisory_unlock_all()");
                connection?.Dispose();
            }
            finally
            {
                stripe.Release();
            }
        }
    }
}
