using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Jobpocalypse.Web.Tests.Infrastructure;

/// <summary>Direct reads of a test site's app database (its SQLite file or its Postgres database), to check what was (or was not) stored.</summary>
public static class AppDbQueries
{
    public static string PathOf(SiteFactory site) => Path.Combine(site.AppData, "app.db");

    private static async Task<DbConnection> OpenAsync(SiteFactory site)
    {
        DbConnection connection = site.PostgresConnectionString is { } postgres
            ? new NpgsqlConnection(postgres)
            : new SqliteConnection($"Data Source={PathOf(site)};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    public static async Task<T> ScalarAsync<T>(SiteFactory site, string sql, object? parameters = null)
    {
        await using var connection = await OpenAsync(site);
        return await connection.ExecuteScalarAsync<T>(sql, parameters) ?? throw new InvalidOperationException($"No value: {sql}");
    }

    public static async Task<IReadOnlyList<T>> QueryAsync<T>(SiteFactory site, string sql, object? parameters = null)
    {
        await using var connection = await OpenAsync(site);
        return (await connection.QueryAsync<T>(sql, parameters)).ToList();
    }

    public static Task<long> CountAsync(SiteFactory site, string table, string where = "1 = 1", object? parameters = null) =>
        ScalarAsync<long>(site, $"SELECT count(*) FROM {table} WHERE {where}", parameters);
}
