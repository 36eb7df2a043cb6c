using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Web.Reports;

/// <summary>One external signal: a label with its value; the outlook sets its wording in bold and may carry a note.</summary>
public sealed record ExternalSignal(Phrase Text, string? Note = null);

/// <summary>The external signals, the BLS figures behind them, and every source's attribution in the words the sources ask for.</summary>
public sealed record SourcesSection(
    IReadOnlyList<ExternalSignal> Signals, ReportTable? Bls, string? NoProjection, (string Title, string Url, string Group)? Handbook,
    IReadOnlyList<string> Attributions)
{
    public const string Id = "sources";
    public const string Heading = "External signals and sources";
    public const string Lede = "The published priors and BLS fields behind the signals that are not task scores.";
    public const string AttributionHeading = "Attribution";
    public const string HandbookLabel = "Occupational Outlook Handbook: ";
    public static readonly IReadOnlyList<ReportLink> Links = [new("All sources and licences", "/sources"), new("Methodology", "/methodology")];
    /// <summary>On paper the links become a sentence naming the pages.</summary>
    public const string LinksOnPaper = "Every source and licence is listed on the site's Sources page (/sources); how the score is computed, with every " +
        "formula and constant, on its Methodology page (/methodology).";

    public static SourcesSection Build(OccupationEntry e)
    {
        var s = e.Score;
        var p = e.Projection;
        ExternalSignal Plain(string text) => new(new Phrase(text, "", ""));
        var outlook = e.Outlook is { } o
            ? new ExternalSignal(new Phrase("BLS projected outlook: ", o.Wording, $" ({Display.SignedPercent(p?.ChangePct)}, {BlsLabels.Span})"),
                o.FromBls ? null : "wording derived from this occupation's own projection with BLS's thresholds (its Handbook profile covers several occupations or has no wording)")
            : Plain("BLS projected outlook: no projection");
        return new(
            [
                Plain($"Felten–Raj–Seamans language-modeling AI exposure: {s.Signal(SignalKind.AiExposurePrior).Detail}"),
                Plain($"Observed AI use (Tomlinson et al. 2025): {s.Signal(SignalKind.ObservedUse).Detail}"),
                outlook,
                Plain("Hiring demand signal: pending, no public source yet (its share goes to the other market signals)"),
                Plain($"BLS typical entry-level education: {p?.EntryEducation ?? "not published"}"),
                Plain($"Credential trend (annual refresh): {s.Signal(SignalKind.CredentialTrend).Detail}"),
            ],
            p is null ? null : new ReportTable("bls-table", $"BLS Employment Projections {BlsLabels.Span} for {p.Title} (SOC {p.SocCode})",
                [new("Measure", 0.5), ReportColumn.Number("Value", 0.5)],
                [
                    [BlsLabels.Employment, Display.Thousands(p.EmploymentStart)],
                    [$"Projected employment {BlsLabels.EndYear}", Display.Thousands(p.EmploymentEnd)],
                    [$"Change {BlsLabels.Span}", Display.SignedPercent(p.ChangePct)],
                    ["Openings per year", Display.Thousands(p.Openings)],
                    [BlsLabels.MedianWage, Display.Dollars(p.MedianWage)],
                    ["Typical entry education", p.EntryEducation ?? "—"],
                    ["Work experience", p.WorkExperience ?? "—"],
                    ["On-the-job training", p.Training ?? "—"],
                ]) { ShowHeadings = false },
            p is null ? $"BLS publishes no {BlsLabels.Span} projection for SOC {e.Occupation.SocCode}." : null,
            e.Ooh is { } ooh ? (ooh.Title, ooh.Url, ooh.GroupName) : null,
            [
                Reports.Attributions.Onet,
                $"Task labels: {Reports.Attributions.Eloundou2023} Data under the MIT licence.",
                $"AI exposure prior: {Reports.Attributions.Aioe2021}; and {Reports.Attributions.LmAioe2023}",
                $"Observed AI use: {Reports.Attributions.ObservedUse}",
                "Employment, wages, education and outlook: U.S. Bureau of Labor Statistics, Employment Projections and " +
                    "Occupational Outlook Handbook (public domain).",
            ]);
    }
}
