using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Reports;
using Microsoft.Extensions.Caching.Memory;

namespace Jobpocalypse.Web.Cards;

/// <summary>
/// Occupation cards kept on the snapshot they were drawn from (<see cref="SnapshotDerived"/>): a dataset swap drops
/// them with every other derived value. Bounded by bytes, like the PDFs: a card is ~40–70 KB, so 24 MB keeps a few
/// hundred of the most shared; an evicted one redraws in a few milliseconds.
/// </summary>
public sealed class ShareCardCache(ShareCardRenderer renderer)
{
    public const long SizeLimitBytes = 24L * 1024 * 1024;

    public byte[] Get(OccupationEntry entry, ReferenceSnapshot snapshot) =>
        Get(entry.Code, snapshot, () => ShareCard.For(ReportHeader.Build(entry)));

    /// <summary>A card kept under its key (an occupation's code, or a personal report's normalised share link) on the snapshot, within the bound.</summary>
    public byte[] Get(string key, ReferenceSnapshot snapshot, Func<ShareCard> card)
    {
        var cache = snapshot.Derived.Get(_ => new CardBytes()).Cache;
        if (cache.TryGetValue(key, out byte[]? cached) && cached is not null) return cached;
        var bytes = renderer.Render(card());
        cache.Set(key, bytes, new MemoryCacheEntryOptions { Size = bytes.Length });
        return bytes;
    }

    /// <summary>The one holder of a snapshot's cards: a type of its own, as <see cref="SnapshotDerived"/> keeps one value per type.</summary>
    private sealed class CardBytes
    {
        public MemoryCache Cache { get; } = new(new MemoryCacheOptions { SizeLimit = SizeLimitBytes, CompactionPercentage = 0.25 });
    }
}
