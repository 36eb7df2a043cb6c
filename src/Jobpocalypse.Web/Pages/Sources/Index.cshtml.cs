using System.Globalization;
using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Reference;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Jobpocalypse.Web.Pages.Sources;

/// <summary>Every public source behind the scores, with coverage counted from the snapshot the pages are serving.</summary>
[OutputCache(PolicyName = ReaderTierCachePolicy.Name)] // the same HTML for every reader of a tier
public sealed class IndexModel(ReferenceStore reference) : PageModel
{
    public ReferenceSnapshot Snapshot { get; private set; } = null!;
    public DatasetCounts Counts { get; private set; } = null!;
    public DateTimeOffset? BuiltAt { get; private set; }

    public void OnGet()
    {
        Snapshot = reference.Current;
        Counts = DatasetCounts.Of(Snapshot);
        BuiltAt = DateTimeOffset.TryParse(Snapshot.BuiltAt, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at) ? at : null;
    }

    public static string Count(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}

/// <summary>How much of the dataset each source covers, counted from a snapshot (never typed in).</summary>
public sealed record DatasetCounts(
    int Occupations,
    int RatedOccupations,
    int Tasks,
    int RatedTasks,
    int WithProjection,
    int WithPreviousProjection,
    int WithOohProfile,
    int WithAiExposurePrior,
    int WithCredentialTrend,
    int Categories)
{
    public static DatasetCounts Of(ReferenceSnapshot snapshot)
    {
        var all = snapshot.Occupations;
        return new DatasetCounts(
            all.Count,
            all.Count(o => o.Score.IsRated),
            all.Sum(o => o.Score.TaskSignal.Tasks.Count),
            all.Sum(o => o.Score.TaskSignal.RatedCount),
            all.Count(o => o.Projection is not null),
            all.Count(o => o.PreviousProjection is not null),
            all.Count(o => o.Ooh is not null),
            all.Count(o => o.Score.Signal(SignalKind.AiExposurePrior).IsAvailable),
            all.Count(o => o.Score.Signal(SignalKind.CredentialTrend).IsAvailable),
            snapshot.Categories.Count);
    }
}
