using System.Collections.Concurrent;
using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Web.Tests.Infrastructure;

/// <summary>
/// One reference database per test run, built from the repository's data/ by the first host that asks and then read
/// by every host that does not change the data: each host still checks it is up to date with data/ at start-up, as on
/// a reader's machine, and finds it so. Hosts that edit their own copy of data/ build their own (see
/// <see cref="SiteFactory.UsesSharedReferenceDatabase"/>); the build itself is tested apart from the site.
/// The hosts also share its scored snapshot (<see cref="LoadSnapshotAsync"/>): loading and scoring 923 occupations
/// is the larger part of a host's start-up, and the snapshot is immutable.
/// </summary>
public static class SharedReferenceDatabase
{
    private static readonly Lazy<string> BuiltPath = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly ConcurrentDictionary<string, Lazy<Task<ReferenceSnapshot>>> SnapshotsByVersion = new();

    public static string Path => BuiltPath.Value;

    /// <summary>
    /// The site's <see cref="SnapshotLoader"/> in tests: the shared database's snapshot is loaded once per version and
    /// handed to every host; any other database (a host's own build) is loaded as the site loads it.
    /// </summary>
    public static Task<ReferenceSnapshot> LoadSnapshotAsync(string databasePath, CancellationToken ct)
    {
        if (!BuiltPath.IsValueCreated || System.IO.Path.GetFullPath(databasePath) != Path) return ReferenceLoader.LoadAsync(databasePath, ct);
        var version = DatasetBuilder.ReadVersion(databasePath) ?? throw new InvalidOperationException($"{databasePath} has no version");
        var shared = SnapshotsByVersion.GetOrAdd(version, _ => new Lazy<Task<ReferenceSnapshot>>(
            () => ReferenceLoader.LoadAsync(databasePath, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication));
        return shared.Value.WaitAsync(ct);
    }

    private static string Build()
    {
        var folder = Directory.CreateTempSubdirectory("jobpocalypse-reference-").FullName;
        var path = System.IO.Path.Combine(folder, "reference.db");
        new DatasetBuilder(TimeProvider.System).EnsureBuiltAsync(DataFolder.Locate(), path).GetAwaiter().GetResult();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        return path;
    }
}
