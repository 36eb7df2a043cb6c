using Dapper;
using Jobpocalypse.Web.AppDatabase;
using Jobpocalypse.Web.Payments;
using Microsoft.Extensions.Options;
using Stripe;

namespace Jobpocalypse.Web.Accounts;

/// <summary>Tests only: the file a deletion creates, before it commits and waits, so a test can kill the process there.</summary>
public sealed class AccountDeletionOptions
{
    public string? PauseBeforeCommitMarker { get; set; }
}

/// <summary>
/// Deleting an account: subscriptions that still run are cancelled with the payment provider first (if that fails,
/// nothing is deleted); then one transaction removes the account and everything that names the reader
/// (tokens, the Stripe customer link, test checkouts, saved personal reports, mail to or about them). Purchase and subscription records stay,
/// their reader link set to NULL by the foreign keys, with no email. A kill at any point leaves all or nothing.
/// </summary>
public sealed class AccountDeletion(
    AppDb db,
    ReaderRecords readers,
    IEnumerable<ICheckoutGateway> gateways,
    TimeProvider time,
    IOptions<AccountDeletionOptions> options,
    ILogger<AccountDeletion> logger)
{
    public const string CancelFailed = "The payment service could not cancel your subscription, so nothing was deleted: your account, " +
        "subscription and reports are as they were. Please try again in a few minutes.";
    public const string CannotCancel = "Your subscription is still running, and payments are switched off on this site, so it cannot be " +
        "cancelled from here. Nothing was deleted.";

    /// <summary>Subscriptions of the reader that the provider has not ended (they could still charge or renew).</summary>
    public async Task<IReadOnlyList<string>> RunningSubscriptionsAsync(string userId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return (await connection.QueryAsync<string>(new CommandDefinition("""
            SELECT id FROM subscriptions WHERE user_id = @userId AND status NOT IN ('canceled', 'incomplete_expired')
            """, new { userId }, cancellationToken: ct))).ToList();
    }

    /// <summary>Cancels each one now; null when all are ended, else the words for the reader.</summary>
    public async Task<string?> CancelAsync(IReadOnlyList<string> subscriptionIds, CancellationToken ct)
    {
        if (subscriptionIds.Count == 0) return null;
        if (gateways.FirstOrDefault() is not { } gateway) return CannotCancel;
        try
        {
            foreach (var id in subscriptionIds) await gateway.CancelSubscriptionAsync(id, ct);
            return null;
        }
        catch (Exception e) when (e is StripeException or HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            logger.LogError("Cancelling a subscription before an account deletion failed: {Reason}", e.Message);
            return CancelFailed;
        }
    }

    public async Task DeleteAsync(AppUser user, IReadOnlyList<string> cancelledSubscriptions, CancellationToken ct)
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await AppDb.BeginWriteAsync(connection, ct);
        // Stored as Stripe will report them, so the kept record is right even before the webhook arrives. One
        // statement per id: Dapper expands a list on SQLite but passes an array on Postgres, and a reader has one or two.
        foreach (var id in cancelledSubscriptions)
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE subscriptions SET status = 'canceled', cancel_at_period_end = FALSE, updated_at = @now WHERE id = @id
                """, new { id, now }, tx, cancellationToken: ct));
        }
        var deleteMail = db.IsPostgres
            ? "DELETE FROM mail_outbox WHERE to_address = @Email OR payload::jsonb ->> 'userId' = @Id"
            : "DELETE FROM mail_outbox WHERE to_address = @Email OR json_extract(payload, '$.userId') = @Id";
        await connection.ExecuteAsync(new CommandDefinition(deleteMail, new { user.Email, user.Id }, tx, cancellationToken: ct));
        // Cascades to account_tokens, stripe_customers, test_checkout_sessions and saved_reports; purchases and subscriptions keep
        // their rows with user_id NULL.
        var deleted = await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM users WHERE id = @Id", new { user.Id }, tx, cancellationToken: ct));
        if (options.Value.PauseBeforeCommitMarker is { Length: > 0 } marker)
        {
            await System.IO.File.WriteAllTextAsync(marker, user.Id, ct);
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
        }
        await tx.CommitAsync(ct);
        readers.Forget();
        logger.LogInformation("Account {UserId} deleted ({Rows} row), {Subscriptions} subscription(s) cancelled first",
            user.Id, deleted, cancelledSubscriptions.Count);
    }
}
