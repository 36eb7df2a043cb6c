using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Web.Search;

/// <summary>
/// Keeps the search catalogue of the current dataset version in memory: read once per version, so that typo
/// correction, exact matches and priors cost no database round trip per query.
/// </summary>
public sealed class SearchCatalogCache(ReferenceStore store)
{
    private readonly Lock _gate = new();
    private (string Version, Task<SearchCatalog> Load)? _entry;

    public Task<SearchCatalog> GetAsync(string version, CancellationToken ct)
    {
        Task<SearchCatalog> load;
        lock (_gate)
        {
            // A failed load is retried by the next query rather than remembered.
            if (_entry is not { } entry || entry.Version != version || entry.Load.IsFaulted || entry.Load.IsCanceled)
                _entry = (version, Task.Run(() => SearchCatalog.LoadAsync(store.DatabasePath, version)));
            load = _entry.Value.Load;
        }
        // The shared load is not cancelled with one request; that request just stops waiting for it.
        return load.WaitAsync(ct);
    }
}
