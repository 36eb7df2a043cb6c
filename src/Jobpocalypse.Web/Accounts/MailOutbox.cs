using System.Text.Json;
using Dapper;
using Jobpocalypse.Web.AppDatabase;
using System.Data.Common;
using Microsoft.Extensions.Options;

namespace Jobpocalypse.Web.Accounts;

public sealed class OutboxMessage
{
    public string Id { get; init; } = "";
    public string Kind { get; init; } = "";
    public string ToAddress { get; init; } = "";
    public string Payload { get; init; } = "{}";
    public long Attempts { get; init; }

    public IReadOnlyDictionary<string, string> Fields =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(Payload) ?? [];
}

/// <summary>
/// The durable mail queue in the app database. Enqueueing is one insert (the same work whatever the mail), then
/// the dispatcher is woken; claiming leases due rows so a crashed send is retried once its lease ends.
/// </summary>
public sealed class MailOutbox(AppDb db, TimeProvider time, IOptions<MailOutboxOptions> options, MailOutboxSignal signal)
{
    public async Task EnqueueAsync(string kind, string toAddress, IReadOnlyDictionary<string, string>? fields, CancellationToken ct)
    {
        await using (var connection = await db.OpenAsync(ct))
        {
            await InsertAsync(connection, null, kind, toAddress, fields, ct);
        }
        signal.Wake();
    }

    /// <summary>
    /// Queues mail inside the caller's transaction, so it is sent exactly when the change it reports is committed;
    /// the caller calls <see cref="Wake"/> after the commit.
    /// </summary>
    public Task EnqueueAsync(DbConnection connection, DbTransaction tx, string kind, string toAddress,
        IReadOnlyDictionary<string, string>? fields, CancellationToken ct) => InsertAsync(connection, tx, kind, toAddress, fields, ct);

    public void Wake() => signal.Wake();

    private async Task InsertAsync(DbConnection connection, DbTransaction? tx, string kind, string toAddress,
        IReadOnlyDictionary<string, string>? fields, CancellationToken ct)
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO mail_outbox (id, kind, to_address, payload, created_at, next_attempt_at)
            VALUES (@id, @kind, @toAddress, @payload, @now, @now)
            """, new { id = Guid.NewGuid().ToString("N"), kind, toAddress, payload = JsonSerializer.Serialize(fields ?? new Dictionary<string, string>()), now },
            tx, cancellationToken: ct));
    }

    /// <summary>When this kind of mail was last queued for the address (unix seconds), or null: the re-send limit.</summary>
    public async Task<long?> LastQueuedAsync(string kind, string toAddress, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT max(created_at) FROM mail_outbox WHERE kind = @kind AND to_address = @toAddress",
            new { kind, toAddress }, cancellationToken: ct));
    }

    /// <summary>
    /// Settled for now, not sent: mail of an unconfirmed account waits here (outcome 'held') until the address is
    /// confirmed, when <see cref="AccountTokens"/> makes it due again.
    /// </summary>
    public async Task MarkHeldAsync(string id, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE mail_outbox SET sent_at = @now, outcome = 'held', last_error = NULL WHERE id = @id",
            new { id, now = time.GetUtcNow().ToUnixTimeSeconds() }, cancellationToken: ct));
    }

    /// <summary>Due messages, each counted as one more attempt and leased so no other pass takes it meanwhile.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(int batch, CancellationToken ct)
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        await using var connection = await db.OpenAsync(ct);
        // On Postgres several instances claim at once: SKIP LOCKED hands each row to one of them. SQLite has one writer.
        var sql = db.IsPostgres
            ? """
              UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = @leaseUntil
              WHERE id IN (SELECT id FROM mail_outbox
                           WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= @now
                           ORDER BY next_attempt_at LIMIT @batch FOR UPDATE SKIP LOCKED)
              RETURNING id AS Id, kind AS Kind, to_address AS ToAddress, payload AS Payload, attempts AS Attempts
              """
            : """
              UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = @leaseUntil
              WHERE id IN (SELECT id FROM mail_outbox
                           WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= @now
                           ORDER BY next_attempt_at LIMIT @batch)
              RETURNING id AS Id, kind AS Kind, to_address AS ToAddress, payload AS Payload, attempts AS Attempts
              """;
        var rows = await connection.QueryAsync<OutboxMessage>(new CommandDefinition(
            sql, new { now, batch, leaseUntil = now + (long)options.Value.LeaseSeconds }, cancellationToken: ct));
        return rows.ToList();
    }

    /// <summary>Sent, or settled with nothing to send (<paramref name="outcome"/> says which).</summary>
    public async Task MarkDoneAsync(string id, string outcome, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE mail_outbox SET sent_at = @now, outcome = @outcome, last_error = NULL WHERE id = @id",
            new { id, outcome, now = time.GetUtcNow().ToUnixTimeSeconds() }, cancellationToken: ct));
    }

    /// <summary>Shutting down mid-send: the message is due again at once, and this attempt does not count.</summary>
    public async Task ReleaseAsync(string id, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE mail_outbox SET next_attempt_at = @now, attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END WHERE id = @id AND sent_at IS NULL AND failed_at IS NULL",
            new { id, now = time.GetUtcNow().ToUnixTimeSeconds() }, cancellationToken: ct));
    }

    /// <summary>A failed attempt: tried again after a doubling wait, or given up after the last attempt. True if given up.</summary>
    public async Task<bool> MarkFailedAsync(OutboxMessage message, string error, CancellationToken ct)
    {
        var o = options.Value;
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var giveUp = message.Attempts >= o.MaxAttempts;
        var wait = Math.Min(3600, o.FirstRetrySeconds * Math.Pow(2, Math.Max(0, message.Attempts - 1)));
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE mail_outbox SET last_error = @error, next_attempt_at = @next,
                                   failed_at = CASE WHEN @giveUp THEN @now END, outcome = CASE WHEN @giveUp THEN 'gave-up' END
            WHERE id = @id
            """, new { id = message.Id, error, next = now + (long)Math.Ceiling(wait), giveUp, now }, cancellationToken: ct));
        return giveUp;
    }
}

/// <summary>Wakes the dispatcher when mail is enqueued, so it goes out at once rather than at the next poll.</summary>
public sealed class MailOutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Wake()
    {
        try { _signal.Release(); } catch (SemaphoreFullException) { } // already awake: one wake-up covers both
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct) => await _signal.WaitAsync(timeout, ct);
}
