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
/// The run's shared reference database (<see cref="SharedReferenceDatabase"/>) for the child processes too (read-only:
/// each finds it up to date), so a test's start-up is the app's own start-up, not a dataset build.
/// </summary>
public sealed class PrebuiltReference
{
    public string DatabasePath { get; } = SharedReferenceDatabase.Path;
    public string DataFolder => DatasetTestData.DataFolderPath;

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
