using System.Security.Cryptography;
using System.Text;
using Dapper;
using Jobpocalypse.Web.AppDatabase;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using System.Data.Common;

namespace Jobpocalypse.Web.Accounts;

/// <summary>What redeeming a link did.</summary>
public enum LinkOutcome { Invalid, Confirmed, EmailChanged, AddressTaken }

/// <summary>
/// The single-use links that prove an address: 32 random bytes in the link, only their SHA-256 hash stored. A link
/// expires after <see cref="Lifespan"/>, works once, and a newer link of the same kind replaces older ones. Redeeming
/// marks the link used and applies its effect in one transaction, so two clicks at once apply it once.
/// </summary>
public sealed class AccountTokens(AppDb db, ReaderRecords readers, TimeProvider time, ILookupNormalizer normalizer, MailOutbox outbox, ILogger<AccountTokens> logger)
{
    public const string ConfirmEmail = "confirm-email";
    public const string ChangeEmail = "change-email";
    public static readonly TimeSpan Lifespan = TimeSpan.FromHours(24);

    /// <summary>A new link token for the account and address; earlier unused ones of this kind stop working.</summary>
    public async Task<string> IssueAsync(string userId, string purpose, string email, CancellationToken ct)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await AppDb.BeginWriteAsync(connection, ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM account_tokens WHERE user_id = @userId AND purpose = @purpose AND used_at IS NULL",
            new { userId, purpose }, tx, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO account_tokens (token_hash, user_id, purpose, email, created_at, expires_at)
            VALUES (@hash, @userId, @purpose, @email, @now, @expires)
            """, new { hash = Hash(token), userId, purpose, email, now, expires = now + (long)Lifespan.TotalSeconds }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return token;
    }

    private sealed class Claimed
    {
        public string UserId { get; init; } = "";
        public string Purpose { get; init; } = "";
        public string Email { get; init; } = "";
    }

    public async Task<LinkOutcome> RedeemAsync(string token, CancellationToken ct)
    {
        if (token.Length is 0 or > 100) return LinkOutcome.Invalid;
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await AppDb.BeginWriteAsync(connection, ct);
        var claimed = await connection.QuerySingleOrDefaultAsync<Claimed>(new CommandDefinition("""
            UPDATE account_tokens SET used_at = @now
            WHERE token_hash = @hash AND used_at IS NULL AND expires_at > @now
            RETURNING user_id AS UserId, purpose AS Purpose, email AS Email
            """, new { hash = Hash(token), now }, tx, cancellationToken: ct));
        if (claimed is null) return LinkOutcome.Invalid;

        var outcome = claimed.Purpose == ChangeEmail
            ? await ChangeAsync(connection, tx, claimed, ct)
            : await ConfirmAsync(connection, tx, claimed, ct);
        if (outcome is LinkOutcome.Invalid or LinkOutcome.AddressTaken) return outcome; // rolled back with the transaction

        // Mail held while the address was unconfirmed goes out now.
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE mail_outbox SET sent_at = NULL, outcome = NULL, next_attempt_at = @now
            WHERE to_address = @Email AND outcome = 'held'
            """, new { claimed.Email, now }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        readers.Forget();
        outbox.Wake();
        logger.LogInformation("Account {UserId}: {Outcome}", claimed.UserId, outcome);
        return outcome;
    }

    /// <summary>Confirms the account's address, if it still is the one the link was sent to.</summary>
    private static async Task<LinkOutcome> ConfirmAsync(DbConnection connection, DbTransaction tx, Claimed claimed, CancellationToken ct) =>
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE users SET email_confirmed = TRUE, concurrency_stamp = @stamp WHERE id = @UserId AND email = @Email
            """, new { claimed.UserId, claimed.Email, stamp = NewStamp() }, tx, cancellationToken: ct)) == 1
            ? LinkOutcome.Confirmed
            : LinkOutcome.Invalid;

    /// <summary>
    /// Moves the account to the new address, confirmed; a new security stamp signs every session out. If another
    /// account took the address meanwhile, the unique index refuses and nothing changes. The old address is told.
    /// </summary>
    private async Task<LinkOutcome> ChangeAsync(DbConnection connection, DbTransaction tx, Claimed claimed, CancellationToken ct)
    {
        var old = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT email FROM users WHERE id = @UserId", new { claimed.UserId }, tx, cancellationToken: ct));
        if (old is null) return LinkOutcome.Invalid;
        try
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE users SET email = @Email, normalized_email = @normalizedEmail, user_name = @Email,
                                 normalized_user_name = @normalizedName, email_confirmed = TRUE,
                                 security_stamp = @securityStamp, concurrency_stamp = @concurrencyStamp
                WHERE id = @UserId
                """, new
            {
                claimed.UserId, claimed.Email,
                normalizedEmail = normalizer.NormalizeEmail(claimed.Email),
                normalizedName = normalizer.NormalizeName(claimed.Email),
                securityStamp = NewStamp(), concurrencyStamp = NewStamp(),
            }, tx, cancellationToken: ct));
        }
        catch (Exception e) when (AppDb.IsConstraintViolation(e)) // the address has an account now
        {
            return LinkOutcome.AddressTaken;
        }
        if (!string.Equals(old, claimed.Email, StringComparison.Ordinal))
            await outbox.EnqueueAsync(connection, tx, MailKinds.EmailChanged, old,
                new Dictionary<string, string> { [MailFields.UserId] = claimed.UserId, [MailFields.NewEmail] = claimed.Email }, ct);
        return LinkOutcome.EmailChanged;
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N");

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
