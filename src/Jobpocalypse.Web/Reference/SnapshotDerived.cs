using System.Collections.Concurrent;

namespace Jobpocalypse.Web.Reference;

/// <summary>
/// Values computed from one snapshot (Pro figures, the search catalogue, rendered PDFs) and dropped with it: a dataset
/// swap replaces the snapshot, and so every derived value, by one rule. One value per type, built on first use, once.
/// </summary>
public sealed class SnapshotDerived(ReferenceSnapshot snapshot)
{
    private readonly ConcurrentDictionary<Type, Lazy<object>> _values = new();

    public T Get<T>(Func<ReferenceSnapshot, T> build) where T : class
    {
        var lazy = _values.GetOrAdd(typeof(T), _ => new Lazy<object>(() => build(snapshot), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return (T)lazy.Value;
        }
        catch
        {
            // A failed build is retried by the next caller rather than remembered.
            _values.TryRemove(new KeyValuePair<Type, Lazy<object>>(typeof(T), lazy));
            throw;
        }
    }
}
