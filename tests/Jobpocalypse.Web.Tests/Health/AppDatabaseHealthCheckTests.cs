using Dapper;
using Jobpocalypse.Web.AppDatabase;
using Jobpocalypse.Web.Health;
using Jobpocalypse.Dataset.Tests;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Jobpocalypse.Web.Tests.Health;

/// <summary>The app-database check on its own: what it reports, and how often it pays for the quick check.</summary>
public class AppDatabaseHealthCheckTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 14, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => _folder.Dispose();

    private async Task<(AppDatabaseHealthCheck Check, AppDb Db)> CreateAsync()
    {
        var db = new AppDb(Options.Create(new AppDatabaseOptions { Path = _folder.File("app.db") }));
        await new AppDatabaseMigrator(db, TimeProvider.System, NullLogger<AppDatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
        return (new AppDatabaseHealthCheck(db, _time), db);
    }

    private static Task<HealthCheckResult> RunAsync(AppDatabaseHealthCheck check) => check.CheckHealthAsync(new HealthCheckContext
    {
        Registration = new HealthCheckRegistration("app-database", check, HealthStatus.Unhealthy, null),
    });

    [Fact]
    public async Task A_passed_quick_check_is_reused_for_a_minute_and_the_migrations_are_read_every_time()
    {
        var (check, db) = await CreateAsync();
        var started = _time.GetUtcNow();

        var first = await RunAsync(check);
        _time.Advance(TimeSpan.FromSeconds(59));
        var second = await RunAsync(check);
        _time.Advance(TimeSpan.FromSeconds(1));
        var third = await RunAsync(check);

        Assert.All([first, second, third], r => Assert.Equal(HealthStatus.Healthy, r.Status));
        Assert.Equal(started, first.Data["quickCheckPassedAt"]);
        Assert.Equal(started, second.Data["quickCheckPassedAt"]);
        Assert.Equal(started.AddMinutes(1), third.Data["quickCheckPassedAt"]);
        Assert.Equal((long)AppDatabaseMigrations.All.Count, third.Data["schemaVersion"]);

        // The migrations are not taken from the reused result: a missing one shows on the next probe.
        await using (var connection = await db.OpenAsync(CancellationToken.None))
            await connection.ExecuteAsync("DELETE FROM schema_migrations WHERE version = 1");
        var fourth = await RunAsync(check);
        Assert.Equal(HealthStatus.Unhealthy, fourth.Status);
        Assert.Contains($"001_{AppDatabaseMigrations.All[0].Name}", fourth.Description);
    }

    [Fact]
    public async Task A_database_that_is_not_there_is_unhealthy_and_is_not_created()
    {
        var check = new AppDatabaseHealthCheck(new AppDb(Options.Create(new AppDatabaseOptions { Path = _folder.File("missing.db") })), _time);

        var result = await RunAsync(check);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("cannot be read", result.Description);
        Assert.False(File.Exists(_folder.File("missing.db")));
    }
}
