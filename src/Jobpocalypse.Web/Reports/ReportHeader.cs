using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Web.Reports;

/// <summary>The top of the report (the page's header, the PDF's cover): who, the score and band, the verdict, figures at a glance.</summary>
public sealed record ReportHeader(
    string Title, string PageTitle, string Description, string Verdict, string MetaLine, string CategoryTitle, string CategoryUrl, string? OnetCode, string ScoreText,
    string BandName, string BandClass, PaletteRole? BandRole, Phrase? EvidenceSplit, Phrase? MarketSplit, string OccupationDescription,
    IReadOnlyList<(string Label, string Value)> AtAGlance)
{
    public ReportLink SplitLink { get; } = new("How the score is assembled", "#" + SignalsSection.Id);

    public static ReportHeader Build(OccupationEntry e)
    {
        var s = e.Score;
        var p = e.Projection;
        var score = Display.Score(s.Overall);
        var band = Display.BandName(s.Band);
        return new ReportHeader(
            e.Title,
            $"{e.Title}: AI exposure {score}/100",
            s.IsRated
                ? $"{e.Title} (SOC {e.Occupation.SocCode}) scores {score}/100 for AI exposure ({band}). {s.Verdict!.Text}"
                : $"{e.Title} (SOC {e.Occupation.SocCode}): not rated, no task of this occupation has published AI exposure labels.",
            s.Verdict?.Text ?? "Not rated: none of this occupation's tasks carries a published AI exposure label.",
            $"SOC {e.Occupation.SocCode}",
            e.Category.ShortTitle,
            $"/categories/{e.Category.Slug}",
            e.Occupation.Code.EndsWith(".00", StringComparison.Ordinal) ? null : $"O*NET {e.Occupation.Code}",
            score, band, Display.BandClass(s.Band), ReportPalette.BandRole(s.Band),
            s is { Evidence: { } evidence, Market: not null } ? new Phrase("What AI can do: ", Display.Score(evidence), " · ") : null,
            s.Market is { } market ? new Phrase("market signals move it by ", Display.SignedPoints(market.Applied), " points.") : null,
            e.Occupation.Description,
            [
                ("Entry / mid / senior level", s.IsRated ? string.Join(" / ", s.Levels.Select(l => Display.Score(l.Score))) : "not rated"),
                ("Tasks rated", $"{s.TaskSignal.RatedCount} of {s.TaskSignal.Tasks.Count}"),
                ("Task signal", Display.Score(s.TaskSignal.Value)),
                (BlsLabels.MedianWage, Display.Dollars(p?.MedianWage)),
                (BlsLabels.Employment, Display.Thousands(p?.EmploymentStart)),
                ($"Projected change {BlsLabels.Span}", e.Outlook is { } o ? p?.ChangePct is { } change ? $"{Display.SignedPercent(change)} ({o.Wording})" : o.Wording : "no projection"),
                ("Typical entry education", p?.EntryEducation ?? "not published"),
            ]);
    }
}
