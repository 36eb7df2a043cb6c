using Dapper;
using Jobpocalypse.Web.AppDatabase;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Jobpocalypse.Web.Health;

/// <summary>
/// Ready when the app database opens, passes SQLite's quick check, and has exactly the migrations this build
/// embeds (none missing, none from a newer build). A fresh, unpooled connection each time, so a file that was
/// replaced or removed under the site is noticed rather than hidden behind a pooled handle. The quick check reads
/// every page (about 0.1 s for 100 MB), so a passed one is reused for <see cref="QuickCheckInterval"/>: /readyz is
/// public, and polling it must stay cheap. A singleton, to keep that result between requests. On Postgres: the
/// server answers on a pooled connection and has every migration (its own checks guard the storage).
/// </summary>
public sealed class AppDatabaseHealthCheck(AppDb db, TimeProvider time) : IHealthCheck
{
    public static readonly TimeSpan QuickCheckInterval = TimeSpan.FromMinutes(1);

    /// <summary>UTC ticks of the last passed quick check, 0 for none; one long, so concurrent probes never see half of it.</summary>
    private long _lastPassedTicks;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var expected = AppDatabaseMigrations.For(db.Provider);
        var data = new Dictionary<string, object> { ["expectedSchemaVersion"] = expected.Count };
        try
        {
            await using var connection = db.IsPostgres ? await db.OpenAsync(cancellationToken) : await OpenSqliteAsync(cancellationToken);

            var now = time.GetUtcNow();
            var passed = new DateTimeOffset(Math.Max(Volatile.Read(ref _lastPassedTicks), DateTimeOffset.MinValue.UtcTicks), TimeSpan.Zero);
            if (!db.IsPostgres && now - passed >= QuickCheckInterval)
            {
                var quickCheck = string.Join("; ", await connection.QueryAsync<string>(new CommandDefinition(
                    "PRAGMA quick_check", cancellationToken: cancellationToken)));
                if (quickCheck != "ok")
                {
                    Volatile.Write(ref _lastPassedTicks, 0);
                    return HealthCheckResult.Unhealthy($"The app database failed SQLite's quick check: {quickCheck}", data: data);
                }
                passed = now;
                Volatile.Write(ref _lastPassedTicks, now.UtcTicks);
            }
            if (!db.IsPostgres) data["quickCheckPassedAt"] = passed;

            var applied = (await connection.QueryAsync<(long Version, string Name)>(new CommandDefinition(
                "SELECT CAST(version AS BIGINT) AS Version, name AS Name FROM schema_migrations ORDER BY version", cancellationToken: cancellationToken))).ToList();
            data["schemaVersion"] = applied.Count == 0 ? 0 : applied[^1].Version;

            var missing = expected.Where(m => !applied.Contains((m.Version, m.Name))).Select(m => $"{m.Version:000}_{m.Name}").ToList();
            var unknown = applied.Where(a => !expected.Any(m => m.Version == a.Version && m.Name == a.Name))
                .Select(a => $"{a.Version:000}_{a.Name}").ToList();
            if (unknown.Count > 0)
                return HealthCheckResult.Unhealthy(
                    $"The app database has migrations this build does not know: {string.Join(", ", unknown)}.", data: data);
            if (missing.Count > 0)
                return HealthCheckResult.Unhealthy(
                    $"The app database is missing migrations: {string.Join(", ", missing)}.", data: data);
            return HealthCheckResult.Healthy("Opens, passes the quick check and has every migration.", data);
        }
        catch (DbException e)
        {
            return HealthCheckResult.Unhealthy($"The app database cannot be read: {e.Message}", data: data);
        }
    }

    private async Task<DbConnection> OpenSqliteAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = db.Path,
            Mode = SqliteOpenMode.ReadWrite, // never creates the file: a missing database is a failure
            Pooling = false,
            DefaultTimeout = 5,
        }.ToString());
        try
        {
            await connection.OpenAsync(ct);
            await connection.ExecuteAsync(new CommandDefinition("PRAGMA busy_timeout = 2000", cancellationToken: ct));
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
