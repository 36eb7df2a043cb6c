using Jobpocalypse.Web.Reference;
using Microsoft.Extensions.Caching.Memory;

namespace Jobpocalypse.Web.Pdf;

/// <summary>
/// Rendered PDFs kept per occupation on the snapshot they were rendered from (<see cref="SnapshotDerived"/>): a dataset
/// swap replaces the snapshot and so drops its PDFs, by the same rule as every other derived value. Each snapshot's
/// PDFs are bounded by the bytes they hold (<see cref="SizeLimitBytes"/>): a PDF that would go past it is served but
/// not kept, and MemoryCache compacts away the least recently used quarter. Its own instance, so the bound counts PDFs only.
/// </summary>
public sealed class OccupationPdfCache(OccupationPdf pdf, long sizeLimitBytes)
{
    /// <summary>
    /// 32 MB: a report is 80–130 KB (about 80 MB for all 923), so this keeps the ~300 most
    /// recently downloaded while staying a small, fixed part of the process's memory; an evicted one re-renders in ~15 ms.
    /// </summary>
    public const long SizeLimitBytes = 32L * 1024 * 1024;

    public OccupationPdfCache(OccupationPdf pdf) : this(pdf, SizeLimitBytes) { }

    /// <summary>How many PDFs of this snapshot are held now.</summary>
    public int Count(ReferenceSnapshot snapshot) => Held(snapshot).Cache.Count;

    public byte[] Get(OccupationEntry entry, ReferenceSnapshot snapshot)
    {
        var cache = Held(snapshot).Cache;
        if (cache.TryGetValue(entry.Code, out byte[]? cached) && cached is not null) return cached;
        // Two first requests at once may both render; the PDFs are identical but for the generation time, and one wins.
        var bytes = pdf.Render(entry, snapshot);
        cache.Set(entry.Code, bytes, new MemoryCacheEntryOptions { Size = bytes.Length });
        return bytes;
    }

    /// <summary>The snapshot's PDFs, bounded by the bound of the cache that first asks (the site has one; tests use a small one on a snapshot of their own).</summary>
    private PdfBytes Held(ReferenceSnapshot snapshot) => snapshot.Derived.Get(_ => new PdfBytes(sizeLimitBytes));

    /// <summary>The one holder of a snapshot's PDFs: a type of its own, as <see cref="SnapshotDerived"/> keeps one value per type.</summary>
    private sealed class PdfBytes(long sizeLimitBytes)
    {
        public MemoryCache Cache { get; } = new(new MemoryCacheOptions { SizeLimit = sizeLimitBytes, CompactionPercentage = 0.25 });
    }
}
