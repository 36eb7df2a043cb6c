using System.Net;
using System.Text.Json;
using Dapper;
using Jobpocalypse.Web.AppDatabase;
using Jobpocalypse.Web.Health;
using Microsoft.Data.Sqlite;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.Web.Tests.Health;

[Collection(SiteCollection.Name)]
public class HealthEndpointTests(SiteFactory site)
{
    [Fact]
    public async Task Liveness_answers_healthy()
    {
        using var client = site.CreateBrowserlessClient();

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("a guessed token")]
    public async Task Readiness_shows_only_its_status_to_a_remote_caller_without_the_token(string? token)
    {
        using var client = site.CreateBrowserlessClient();
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, "203.0.113.5");
        if (token is not null) client.DefaultRequestHeaders.Add(HealthExtensions.TokenHeader, token);

        using var response = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.False(json.RootElement.TryGetProperty("checks", out _));
    }

    [Fact]
    public async Task Readiness_shows_its_detail_to_a_loopback_caller()
    {
        using var client = site.CreateBrowserlessClient();
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, "127.0.0.1");

        using var response = await client.GetAsync("/readyz");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.TryGetProperty("checks", out _));
    }

    [Fact]
    public async Task Readiness_reports_each_dependency_and_the_dataset_version()
    {
        using var client = site.CreateBrowserlessClient();

        client.DefaultRequestHeaders.Add(HealthExtensions.TokenHeader, SiteFactory.ReadyToken);
        using var response = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        var reference = json.RootElement.GetProperty("checks").GetProperty("reference-dataset");
        Assert.Equal("Healthy", reference.GetProperty("status").GetString());
        Assert.Equal(site.Services.GetRequiredService<ReferenceStore>().Current.Version,
            reference.GetProperty("data").GetProperty("version").GetString());
        var appDatabase = json.RootElement.GetProperty("checks").GetProperty("app-database");
        Assert.Equal("Healthy", appDatabase.GetProperty("status").GetString());
        Assert.Equal(AppDatabaseMigrations.All.Count, appDatabase.GetProperty("data").GetProperty("schemaVersion").GetInt32());
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
    }
}

/// <summary>
/// An app database the site cannot trust makes it unready: /readyz answers 503 and names the failing check and
/// why, while the check that still passes says so. Each case breaks its own site's database from outside.
/// </summary>
public class UnusableAppDatabaseTests
{
    public static TheoryData<string> Breakages => ["migration missing", "migration from a newer build", "migrations table gone", "file removed"];

    [Theory]
    [MemberData(nameof(Breakages))]
    public async Task Readiness_fails_and_names_the_app_database(string breakage)
    {
        using var site = new SiteFactory();
        using var client = site.CreateBrowserlessClient();
        using (var ready = await client.GetAsync("/readyz")) Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var path = AppDbQueries.PathOf(site);
        var last = AppDatabaseMigrations.All[^1];

        var expected = await BreakAsync(breakage, path, last);
        client.DefaultRequestHeaders.Add(HealthExtensions.TokenHeader, SiteFactory.ReadyToken);
        using var response = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", json.RootElement.GetProperty("status").GetString());
        var checks = json.RootElement.GetProperty("checks");
        Assert.Equal("Unhealthy", checks.GetProperty("app-database").GetProperty("status").GetString());
        Assert.Contains(expected, checks.GetProperty("app-database").GetProperty("description").GetString());
        Assert.Equal("Healthy", checks.GetProperty("reference-dataset").GetProperty("status").GetString());
    }

    /// <summary>Breaks the database as named and returns what the check's description must say.</summary>
    private static async Task<string> BreakAsync(string breakage, string path, AppDatabaseMigrations.Migration last)
    {
        if (breakage == "file removed")
        {
            // A wiped or unmounted volume: the site's open connections keep working on the unlinked file, and would
            // lose everything at the next start, so the site is not ready.
            foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
            return "unable to open database file";
        }
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        switch (breakage)
        {
            case "migration missing":
                await connection.ExecuteAsync("DELETE FROM schema_migrations WHERE version = @Version", new { last.Version });
                return $"missing migrations: {last.Version:000}_{last.Name}";
            case "migration from a newer build":
                await connection.ExecuteAsync("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from_a_newer_build', 0)");
                return "does not know: 999_from_a_newer_build";
            default:
                await connection.ExecuteAsync("DROP TABLE schema_migrations");
                return "no such table: schema_migrations";
        }
    }
}
