using Dapper;
using Jobpocalypse.Web.Reference;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Jobpocalypse.Web.Health;

/// <summary>Ready when a snapshot is loaded and the reference database it came from opens and answers.</summary>
public sealed class ReferenceDatasetHealthCheck(ReferenceStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!store.IsLoaded) return HealthCheckResult.Unhealthy("The reference dataset is not loaded.");
        var snapshot = store.Current;
        await using var db = new SqliteConnection(ReferenceDatabase.ReadOnlyConnectionString(store.DatabasePath));
        await db.OpenAsync(cancellationToken);
        var version = await db.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT value FROM dataset_info WHERE key = 'version'", cancellationToken: cancellationToken));
        var data = new Dictionary<string, object>
        {
            ["version"] = snapshot.Version,
            ["builtAt"] = snapshot.BuiltAt,
            ["occupations"] = snapshot.Occupations.Count,
        };
        return version is null
            ? HealthCheckResult.Unhealthy("The reference database has no dataset version.", data: data)
            : HealthCheckResult.Healthy(version == snapshot.Version ? "Serving the database's version." : "A newer database is being loaded.", data);
    }
}
