using Dapper;
using Microsoft.Data.Sqlite;

namespace Jobpocalypse.Web.Tests.Infrastructure;

/// <summary>Direct reads of a test site's app database, to check what was (or was not) stored.</summary>
public static class AppDbQueries
{
    public static string PathOf(SiteFactory site) => Path.Combine(site.AppData, "app.db");

    public static async Task<T> ScalarAsync<T>(SiteFactory site, string sql, object? parameters = null)
    {
        await using var connection = new SqliteConnection($"Data Source={PathOf(site)};Pooling=False");
        await connection.OpenAsync();
        return await connection.ExecuteScalarAsync<T>(sql, parameters) ?? throw new InvalidOperationException($"No value: {sql}");
    }

    public static async Task<IReadOnlyList<T>> QueryAsync<T>(SiteFactory site, string sql, object? parameters = null)
    {
        await using var connection = new SqliteConnection($"Data Source={PathOf(site)};Pooling=False");
        await connection.OpenAsync();
        return (await connection.QueryAsync<T>(sql, parameters)).ToList();
    }

    public static Task<long> CountAsync(SiteFactory site, string table, string where = "1 = 1", object? parameters = null) =>
        ScalarAsync<long>(site, $"SELECT count(*) FROM {table} WHERE {where}", parameters);
}
