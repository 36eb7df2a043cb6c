using Microsoft.Extensions.Caching.Memory;

namespace Jobpocalypse.Web.Accounts;

/// <summary>
/// The failed-attempt policy. Failures are counted per client address and email together, for any email typed,
/// with or without an account (so the answers say nothing about which exist). The first <see cref="FreeFailures"/>
/// cost nothing; after that the pair must wait before its next try, 30 seconds doubling with each further failure,
/// up to 15 minutes; a try during the wait is refused without the password being checked. Nobody else is affected:
/// the owner signing in from their own connection is never locked out by someone guessing elsewhere, and a password
/// reset clears every wait on the account. Counts live in memory and lapse after a day without failures.
/// </summary>
public sealed class SignInThrottle(IMemoryCache cache, TimeProvider time)
{
    public const int FreeFailures = 5;
    public static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Forget = TimeSpan.FromDays(1);

    private sealed class Pair
    {
        public int Failures;
        public DateTimeOffset WaitUntil;
    }

    /// <summary>Per normalised email: its client addresses and their counts.</summary>
    private sealed class Account
    {
        public readonly Dictionary<string, Pair> Clients = new(StringComparer.Ordinal);
    }

    /// <summary>How long this client must still wait before trying this email again; zero when it may try now.</summary>
    public TimeSpan WaitFor(string client, string normalizedEmail)
    {
        if (!cache.TryGetValue(Key(normalizedEmail), out Account? account) || account is null) return TimeSpan.Zero;
        lock (account)
        {
            if (!account.Clients.TryGetValue(client, out var pair)) return TimeSpan.Zero;
            var left = pair.WaitUntil - time.GetUtcNow();
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    /// <summary>Counts a wrong password (or unknown email) and returns the wait it now imposes.</summary>
    public TimeSpan Failed(string client, string normalizedEmail)
    {
        var account = cache.GetOrCreate(Key(normalizedEmail), entry =>
        {
            entry.SlidingExpiration = Forget;
            return new Account();
        })!;
        lock (account)
        {
            if (!account.Clients.TryGetValue(client, out var pair)) account.Clients[client] = pair = new Pair();
            pair.Failures++;
            if (pair.Failures < FreeFailures) return TimeSpan.Zero;
            var wait = FirstWait * Math.Pow(2, Math.Min(10, pair.Failures - FreeFailures));
            if (wait > MaxWait) wait = MaxWait;
            pair.WaitUntil = time.GetUtcNow() + wait;
            return wait;
        }
    }

    /// <summary>A right password from this client: its count starts again.</summary>
    public void Succeeded(string client, string normalizedEmail)
    {
        if (!cache.TryGetValue(Key(normalizedEmail), out Account? account) || account is null) return;
        lock (account) account.Clients.Remove(client);
    }

    /// <summary>The password was reset by whoever holds the mailbox: every client may try again at once.</summary>
    public void Clear(string normalizedEmail) => cache.Remove(Key(normalizedEmail));

    private static string Key(string email) => "sign-in-throttle:" + email.ToUpperInvariant();
}
