using Jobpocalypse.Dataset.Tests;
using Jobpocalypse.Web.Tests.Infrastructure;

namespace Jobpocalypse.Web.Tests.Deployment;

/// <summary>
/// The deployment tests that time work against the clock (writes during a 0.4 s backup): they run one at a time,
/// after the parallel part of the run, so the rest of the suite cannot shift their timing.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DeploymentCollection : ICollectionFixture<PrebuiltReference>
{
    public const string Name = "deployment";
}

/// <summary>
/// The deployment tests that kill or stop a process at a state it has reached, not at a time (the 15th acknowledged
/// webhook, a temporary database with bytes in it, a webhook held at the fake Stripe): a process slowed by the rest
/// of the suite reaches the same states later, so these run one at a time among themselves, beside the suite.
/// </summary>
[CollectionDefinition(Name)]
public sealed class KillCollection : ICollectionFixture<PrebuiltReference>
{
    public const string Name = "process kills";
}

/// <summary>
/// The deployment tests that start real processes but wait on states, not on time (a pause marker, a stored row, a
/// listening port): one at a time among themselves, beside the rest of the suite rather than after it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ProcessCollection : ICollectionFixture<PrebuiltReference>
{
    public const string Name = "processes";
}

/// <summary>
/// The reference database the deployment tests' sites read (read-only: each finds it up to date): the fixture dataset
/// (twenty occupations, every source in its real format), built once per collection. These tests are about processes
/// (kills, restarts, shutdowns, two instances, backups), not the data, and a child site on the fixture starts in about
/// 0.7 core-seconds less than on the full dataset (`dotnet test` starts about ten). <see cref="ComposeTests"/> starts
/// the published app on the full dataset, as the image does.
/// </summary>
public sealed class PrebuiltReference : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public string DatabasePath => _folder.File("reference.db");
    public string DataFolder => DatasetTestData.FixturePath;

    public Task InitializeAsync() => new DatasetBuilder(TimeProvider.System).EnsureBuiltAsync(DataFolder, DatabasePath);

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The environment of a child site in Testing on 127.0.0.1 (a free port), with the given app-data folder.</summary>
    public Dictionary<string, string> SiteEnvironment(string appData) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Testing",
        ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
        ["AppData"] = appData,
        ["Dataset__SourcePath"] = DataFolder,
        ["Dataset__DatabasePath"] = DatabasePath,
        ["RateLimiting__FormPostsPerMinute"] = "100000",
        ["Payments__Mode"] = "LocalTest",
        ["Serilog__MinimumLevel__Default"] = "Information",
    };
}
