using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Infrastructure;

namespace Jobpocalypse.Web.Reports;

/// <summary>How the overall score is assembled: the evidence signals (chart and table), then the market adjustment.</summary>
public sealed record SignalsSection(string Lede, string? NotRated)
{
    public const string Id = "signals";
    public const string Heading = "Signal composition";

    public string ChartKey { get; init; } = "";
    public string ChartTitle { get; init; } = "";
    public IReadOnlyList<ChartBar> Chart { get; init; } = [];
    public string EvidenceHeading { get; init; } = "";
    public string EvidenceText { get; init; } = "";
    public ReportTable? Evidence { get; init; }
    public string MarketHeading { get; init; } = "";
    public string MarketText { get; init; } = "";
    public ReportTable? Market { get; init; }
    public string? BandLimit { get; init; }
    public string? Unavailable { get; init; }
    public ReportLink MarketLink { get; } = new("How the adjustment works", "/methodology#market");

    public static SignalsSection Build(OccupationScore s, ScoringModel m)
    {
        const string lede = "How the 0–100 score is assembled: the evidence of what AI can do leads, and market signals adjust it within limits.";
        if (!s.IsRated) return new(lede, "Not rated: no task of this occupation carries a published label, so there is no evidence to assemble.");
        var evidence = s.InGroup(SignalGroup.Evidence).ToList();
        var market = s.InGroup(SignalGroup.Market).ToList();
        var applied = Display.SignedPoints(s.Market!.Applied);
        var missing = market.Where(x => !x.IsAvailable).Select(x => x.Definition.Name.ToLowerInvariant()).ToList();
        return new(lede, null)
        {
            ChartKey = "The light bar is each evidence signal's value, the dark bar the points it adds to what AI can do.",
            ChartTitle = $"Evidence signals and their contributions to what AI can do ({Display.Score(s.Evidence)}), and the overall score of " +
                $"{Display.Score(s.Overall)}; the tables below give the same figures.",
            Chart =
            [
                .. evidence.Select(x => new ChartBar(x.Definition.Name, x.IsAvailable ? x.Value : null, Display.Score(x.Value), PaletteRole.ChartValue)
                    { Inner = x.Contribution ?? 0, Missing = "no data" }),
                new ChartBar("What AI can do", s.Evidence, Display.Score(s.Evidence), PaletteRole.Accent, Bold: true),
                new ChartBar("Overall", s.Overall, Display.Score(s.Overall), PaletteRole.ChartTotal, Bold: true),
            ],
            EvidenceHeading = $"What AI can do: {Display.Score(s.Evidence)}",
            EvidenceText = $"The task signal weighs this occupation's rated task weight ({Display.Number(s.TaskSignal.RatedWeight)}); the prior and " +
                $"observed use weigh {Display.Number(m.Signal(SignalKind.AiExposurePrior).Weight)} and {Display.Number(m.Signal(SignalKind.ObservedUse).Weight)} " +
                "in the same units, so the more tasks are rated, the less they count.",
            Evidence = new ReportTable("signal-table", "Evidence signals, weights and contributions",
                [new("Signal", 0.27), ReportColumn.Number("Value", 0.09), ReportColumn.Number("Weight", 0.09), ReportColumn.Number("Share", 0.1),
                 ReportColumn.Number("Points", 0.1), new("Source", 0.35)],
                evidence.Select(x => new ReportCell[]
                {
                    new(x.Definition.Name, x.Detail), Value(x), Display.Number(x.Weight), Display.Percent(x.EffectiveWeight),
                    Display.Points(x.Contribution), Source(x),
                }).ToList())
            {
                Footer = [[new("What AI can do", Bold: true), new(Display.Score(s.Evidence), Bold: true), "", "100%", Display.Points(s.Evidence), ""]],
            },
            MarketHeading = $"Market adjustment: {applied} points",
            MarketText = $"{m.Market.Explanation} The adjustment is at most ±{Display.Number(m.Market.MaxPoints)} points.",
            Market = new ReportTable("market-table", "Market signals and the points they move the score by",
                [new("Signal", 0.27), ReportColumn.Number("Value", 0.09), ReportColumn.Number("Share", 0.1), ReportColumn.Number("Points", 0.1),
                 new("Source", 0.29), new("Freshness", 0.15)],
                market.Select(x => new ReportCell[]
                {
                    new(x.Definition.Name, x.Detail), Value(x), Display.Percent(x.EffectiveWeight),
                    x.Contribution is { } c ? Display.SignedPoints(c) : "—", Source(x), Display.Freshness(x.Definition.Freshness),
                }).ToList())
            {
                Footer =
                [
                    [new("Market adjustment", Bold: true), "", "100%", new(applied, Bold: true), "", ""],
                    [new("Overall", Bold: true), new(Display.Score(s.Overall), Bold: true), "", "", $"what AI can do {Display.Points(s.Evidence)}, market {applied}", ""],
                ],
            },
            BandLimit = s.Market.IsLimitedByBand
                ? $"The market signals alone would move the score by {Display.SignedPoints(s.Market.Raw)} points; it is kept inside the " +
                  $"{Display.BandName(s.Band)} band that the evidence gives, because market signals never overturn it."
                : null,
            Unavailable = missing.Count > 0
                ? $"Market signals with no value ({string.Join(", ", missing)}) weigh nothing; their share goes to the others."
                : null,
        };
    }

    /// <summary>A signal's value, or why it has none.</summary>
    public static string Value(SignalScore signal) =>
        signal.IsAvailable ? Display.Score(signal.Value) : signal.Definition.Freshness == Freshness.Pending ? "pending" : "no data";

    private static ReportCell Source(SignalScore x) => new(x.Definition.Source, x.Definition.AsOf, NoteStyle: NoteStyle.Beside);
}
