using Microsoft.Extensions.Options;

namespace Jobpocalypse.Web.Reference;

/// <summary>
/// Reads a built reference database into a scored snapshot (<see cref="ReferenceLoader.LoadAsync(string, CancellationToken)"/>).
/// A service rather than a call, so the hosts of a test run can share the snapshot of their one shared database.
/// </summary>
public delegate Task<ReferenceSnapshot> SnapshotLoader(string databasePath, CancellationToken ct);

/// <summary>
/// Holds the snapshot that pages read. Start-up builds the reference database when its inputs changed,
/// then loads it; a refresh swaps in a new snapshot in one reference assignment, so a request sees one version.
/// </summary>
public sealed class ReferenceStore(IOptions<DatasetOptions> options, TimeProvider time, ILogger<ReferenceStore> logger, SnapshotLoader load)
{
    private volatile ReferenceSnapshot? _current;
    private readonly SemaphoreSlim _loading = new(1, 1);

    public ReferenceSnapshot Current => _current ?? throw new InvalidOperationException("The reference dataset is not loaded yet.");
    public bool IsLoaded => _current is not null;
    public string DatabasePath => options.Value.ResolveDatabasePath();

    /// <summary>
    /// Builds the database when the inputs changed (beside the serving file, then an atomic rename) and swaps in
    /// a snapshot of it. Start-up and refreshes both come here, one at a time.
    /// </summary>
    public async Task LoadAsync(CancellationToken ct)
    {
        await _loading.WaitAsync(ct);
        try
        {
            try
            {
                var result = await new DatasetBuilder(time).EnsureBuiltAsync(options.Value.ResolveSourcePath(), DatabasePath, ct);
                logger.LogInformation("Reference dataset {Version}: {Outcome} in {ElapsedMs} ms",
                    result.ShortVersion, result.Outcome, (long)result.Elapsed.TotalMilliseconds);
            }
            catch (DatasetBuildException ex) when (DatasetBuilder.ReadVersion(DatabasePath) is { } serving)
            {
                // A bad input must not take the site down: keep serving the last good build and say why loudly.
                logger.LogError(ex, "Dataset build failed; still serving the previous dataset {Version}", DatasetBuilder.ShortVersion(serving));
            }
            if (_current is { } current && DatasetBuilder.ReadVersion(DatabasePath) == current.Version) return;
            _current = await load(DatabasePath, ct);
        }
        finally
        {
            _loading.Release();
        }
    }
}
