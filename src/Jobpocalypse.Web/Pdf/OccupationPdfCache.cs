using Jobpocalypse.Web.Reference;
using Microsoft.Extensions.Caching.Memory;

namespace Jobpocalypse.Web.Pdf;

/// <summary>
/// Rendered PDFs kept in memory per (occupation code, dataset version): a dataset refresh changes the version and so
/// the key, and an old PDF is never served again. The cache is bounded by the bytes it holds (<see cref="SizeLimitBytes"/>);
/// past that, MemoryCache drops the least recently used quarter. Its own instance, so the bound counts PDFs only.
/// </summary>
public sealed class OccupationPdfCache(OccupationPdf pdf) : IDisposable
{
    /// <summary>
    /// 32 MB: a report is 60–120 KB, so this holds a few hundred (the occupations people actually buy and Pro readers
    /// open) while staying a small, fixed part of the process's memory. Re-rendering an evicted one takes tens of ms.
    /// </summary>
    public const long SizeLimitBytes = 32L * 1024 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimitBytes, CompactionPercentage = 0.25 });

    public byte[] Get(OccupationEntry entry, ReferenceSnapshot snapshot)
    {
        var key = (entry.Code, snapshot.Version);
        if (_cache.TryGetValue(key, out byte[]? cached) && cached is not null) return cached;
        // Two first requests at once may both render; the PDFs are identical but for the generation time, and one wins.
        var bytes = pdf.Render(entry, snapshot);
        _cache.Set(key, bytes, new MemoryCacheEntryOptions { Size = bytes.Length });
        return bytes;
    }

    public void Dispose() => _cache.Dispose();
}
