using System.Text.Json;
using Dapper;
using Jobpocalypse.Web.AppDatabase;

namespace Jobpocalypse.Web.Accounts;

/// <summary>
/// Everything the app database holds about one reader, as one JSON document: the account (never its password hash
/// or stamps), the Stripe customer link, subscriptions, PDF purchases, pending links (when made and until when, not
/// the token), saved personal reports (name, task ids with shares, level) and the mail sent to or about them (kind and times; bodies are composed at sending and not kept).
/// Times are ISO 8601 UTC.
/// </summary>
public sealed class AccountExport(AppDb db, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    // Classes with init properties, not positional records: Dapper maps the columns onto them by name.
    private sealed class Account
    {
        public string Id { get; init; } = "";
        public string Email { get; init; } = "";
        public bool EmailConfirmed { get; init; }
        public long CreatedAt { get; init; }
    }

    private sealed class Subscription
    {
        public string Id { get; init; } = "";
        public string Status { get; init; } = "";
        public string? PriceId { get; init; }
        public long? CurrentPeriodEnd { get; init; }
        public bool CancelAtPeriodEnd { get; init; }
        public long UpdatedAt { get; init; }
    }

    private sealed class Purchase
    {
        public string CheckoutSessionId { get; init; } = "";
        public string OccupationCode { get; init; } = "";
        public string Status { get; init; } = "";
        public long? AmountTotal { get; init; }
        public string? Currency { get; init; }
        public long CreatedAt { get; init; }
        public long? PaidAt { get; init; }
    }

    private sealed class Link
    {
        public string Purpose { get; init; } = "";
        public string Email { get; init; } = "";
        public long CreatedAt { get; init; }
        public long ExpiresAt { get; init; }
        public long? UsedAt { get; init; }
    }

    private sealed class Mail
    {
        public string Kind { get; init; } = "";
        public string ToAddress { get; init; } = "";
        public long CreatedAt { get; init; }
        public long? SentAt { get; init; }
        public string? Outcome { get; init; }
    }

    private sealed class Saved
    {
        public string Name { get; init; } = "";
        public string Tasks { get; init; } = "";
        public string Level { get; init; } = "";
        public long CreatedAt { get; init; }
    }

    public async Task<byte[]> ExportAsync(string userId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        // One read transaction: the parts agree with each other even if a webhook writes meanwhile.
        await using var tx = await AppDb.BeginSnapshotAsync(connection, ct);
        var account = await connection.QuerySingleAsync<Account>(new CommandDefinition("""
            SELECT id AS Id, email AS Email, email_confirmed AS EmailConfirmed, created_at AS CreatedAt FROM users WHERE id = @userId
            """, new { userId }, tx, cancellationToken: ct));
        var customer = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT customer_id FROM stripe_customers WHERE user_id = @userId", new { userId }, tx, cancellationToken: ct));
        var subscriptions = await connection.QueryAsync<Subscription>(new CommandDefinition("""
            SELECT id AS Id, status AS Status, price_id AS PriceId, current_period_end AS CurrentPeriodEnd,
                   cancel_at_period_end AS CancelAtPeriodEnd, updated_at AS UpdatedAt
            FROM subscriptions WHERE user_id = @userId ORDER BY updated_at
            """, new { userId }, tx, cancellationToken: ct));
        var purchases = await connection.QueryAsync<Purchase>(new CommandDefinition("""
            SELECT checkout_session_id AS CheckoutSessionId, occupation_code AS OccupationCode, status AS Status,
                   amount_total AS AmountTotal, currency AS Currency, created_at AS CreatedAt, paid_at AS PaidAt
            FROM purchases WHERE user_id = @userId ORDER BY created_at
            """, new { userId }, tx, cancellationToken: ct));
        var links = await connection.QueryAsync<Link>(new CommandDefinition("""
            SELECT purpose AS Purpose, email AS Email, created_at AS CreatedAt, expires_at AS ExpiresAt, used_at AS UsedAt
            FROM account_tokens WHERE user_id = @userId ORDER BY created_at
            """, new { userId }, tx, cancellationToken: ct));
        var mailSql = db.IsPostgres
            ? """
              SELECT kind AS Kind, to_address AS ToAddress, created_at AS CreatedAt, sent_at AS SentAt, outcome AS Outcome
              FROM mail_outbox WHERE to_address = @Email OR payload::jsonb ->> 'userId' = @userId ORDER BY created_at
              """
            : """
              SELECT kind AS Kind, to_address AS ToAddress, created_at AS CreatedAt, sent_at AS SentAt, outcome AS Outcome
              FROM mail_outbox WHERE to_address = @Email OR json_extract(payload, '$.userId') = @userId ORDER BY created_at
              """;
        var mail = await connection.QueryAsync<Mail>(new CommandDefinition(mailSql, new { account.Email, userId }, tx, cancellationToken: ct));
        var saved = await connection.QueryAsync<Saved>(new CommandDefinition("""
            SELECT name AS Name, tasks AS Tasks, level AS Level, created_at AS CreatedAt
            FROM saved_reports WHERE user_id = @userId ORDER BY created_at
            """, new { userId }, tx, cancellationToken: ct));

        var document = new
        {
            exportedAt = Iso(time.GetUtcNow().ToUnixTimeSeconds()),
            account = new { account.Id, account.Email, account.EmailConfirmed, createdAt = Iso(account.CreatedAt) },
            stripeCustomerId = customer,
            subscriptions = subscriptions.Select(s => new
            {
                s.Id, s.Status, s.PriceId, currentPeriodEnd = Iso(s.CurrentPeriodEnd), s.CancelAtPeriodEnd, updatedAt = Iso(s.UpdatedAt),
            }),
            pdfPurchases = purchases.Select(p => new
            {
                p.CheckoutSessionId, p.OccupationCode, p.Status, p.AmountTotal, p.Currency, createdAt = Iso(p.CreatedAt), paidAt = Iso(p.PaidAt),
            }),
            emailLinks = links.Select(l => new
            {
                l.Purpose, l.Email, createdAt = Iso(l.CreatedAt), expiresAt = Iso(l.ExpiresAt), usedAt = Iso(l.UsedAt),
            }),
            mail = mail.Select(m => new { m.Kind, m.ToAddress, queuedAt = Iso(m.CreatedAt), settledAt = Iso(m.SentAt), m.Outcome }),
            savedReports = saved.Select(r => new { r.Name, r.Tasks, r.Level, createdAt = Iso(r.CreatedAt) }),
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, Json);
    }

    private static string? Iso(long? unixSeconds) =>
        unixSeconds is { } s ? DateTimeOffset.FromUnixTimeSeconds(s).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture) : null;
}
