using Jobpocalypse.Web.Reference;
using Microsoft.Extensions.Caching.Memory;

namespace Jobpocalypse.Web.Pdf;

/// <summary>
/// Rendered PDFs kept in memory per (occupation code, dataset version): a dataset refresh changes the version and so
/// the key, and an old PDF is never served again (nor read again, so it is among the first evicted). The cache is
/// bounded by the bytes it holds (<see cref="SizeLimitBytes"/>): a PDF that would go past it is served but not kept, and
/// MemoryCache compacts away the least recently used quarter. Its own instance, so the bound counts PDFs only.
/// </summary>
public sealed class OccupationPdfCache : IDisposable
{
    /// <summary>
    /// 32 MB: a report is 80–130 KB (about 80 MB for all 923), so this keeps the ~300 most
    /// recently downloaded while staying a small, fixed part of the process's memory; an evicted one re-renders in ~15 ms.
    /// </summary>
    public const long SizeLimitBytes = 32L * 1024 * 1024;

    private readonly OccupationPdf _pdf;
    private readonly MemoryCache _cache;

    public OccupationPdfCache(OccupationPdf pdf) : this(pdf, SizeLimitBytes) { }

    /// <summary>With another bound: tests use a small one.</summary>
    internal OccupationPdfCache(OccupationPdf pdf, long sizeLimitBytes)
    {
        _pdf = pdf;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = sizeLimitBytes, CompactionPercentage = 0.25 });
    }

    /// <summary>How many PDFs are held now.</summary>
    public int Count => _cache.Count;

    public byte[] Get(OccupationEntry entry, ReferenceSnapshot snapshot)
    {
        var key = (entry.Code, snapshot.Version);
        if (_cache.TryGetValue(key, out byte[]? cached) && cached is not null) return cached;
        // Two first requests at once may both render; the PDFs are identical but for the generation time, and one wins.
        var bytes = _pdf.Render(entry, snapshot);
        _cache.Set(key, bytes, new MemoryCacheEntryOptions { Size = bytes.Length });
        return bytes;
    }

    public void Dispose() => _cache.Dispose();
}
