namespace Jobpocalypse.Web.Tests.Infrastructure;

/// <summary>
/// One reference database per test run, built from the repository's data/ by the first host that asks and then read
/// by every host that does not change the data: each host still checks it is up to date with data/ at start-up, as on
/// a reader's machine, and finds it so. Hosts that edit their own copy of data/ build their own (see
/// <see cref="SiteFactory.UseOwnReferenceDatabase"/>); the build itself is tested apart from the site.
/// </summary>
public static class SharedReferenceDatabase
{
    private static readonly Lazy<string> BuiltPath = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Path => BuiltPath.Value;

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
