using Dapper;
using Jobpocalypse.Web.Reference;
using Microsoft.Data.Sqlite;

namespace Jobpocalypse.Web.Search;

/// <summary>
/// Keeps the search vocabulary of the current dataset version in memory: read once per version (about 10,000
/// words), so that typo correction costs no database round trip per query.
/// </summary>
public sealed class VocabularyCache(ReferenceStore store)
{
    private readonly Lock _gate = new();
    private (string Version, Task<SearchVocabulary> Load)? _entry;

    public Task<SearchVocabulary> GetAsync(string version, CancellationToken ct)
    {
        Task<SearchVocabulary> load;
        lock (_gate)
        {
            // A failed load is retried by the next query rather than remembered.
            if (_entry is not { } entry || entry.Version != version || entry.Load.IsFaulted || entry.Load.IsCanceled)
                _entry = (version, Task.Run(() => LoadAsync(version)));
            load = _entry.Value.Load;
        }
        // The shared load is not cancelled with one request; that request just stops waiting for it.
        return load.WaitAsync(ct);
    }

    private async Task<SearchVocabulary> LoadAsync(string version)
    {
        await using var db = new SqliteConnection(ReferenceDatabase.ReadOnlyConnectionString(store.DatabasePath));
        await db.OpenAsync();
        var words = await db.QueryAsync<string>("""
            SELECT word AS Word FROM search_vocabulary
            """);
        return new SearchVocabulary(version, words);
    }
}
