using Jobpocalypse.Web.Pro;
using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Web.Reports;

/// <summary>
/// One occupation's report, built once from the snapshot and rendered twice: by the Razor partials of
/// Pages/Occupations (the page) and by the writers of Pdf/ (the PDF). Every word, figure and layout decision of a
/// section lives in its builder; the renderers only set it. The sections are in page order; the Pro sections
/// (<see cref="ProText"/>, figures in <see cref="ProInsights"/>) sit between the tasks and the sources.
/// </summary>
public sealed record OccupationReport(
    OccupationEntry Entry, ReportHeader Header, SignalsSection Signals, ObservedUseSection ObservedUse, SenioritySection Seniority,
    TasksSection Tasks, SourcesSection Sources, RelatedSection Related)
{
    /// <summary>The section titles in order, as the PDF's contents list them.</summary>
    public static readonly IReadOnlyList<string> Contents =
    [
        SignalsSection.Heading, ObservedUseSection.Heading, SenioritySection.Heading, TasksSection.Heading,
        ProText.HeatmapTitle, ProText.PivotsTitle, ProText.WageTitle, ProText.ToolsTitle, SourcesSection.Heading, RelatedSection.ContentsTitle,
    ];

    public static OccupationReport Build(OccupationEntry entry, ReferenceSnapshot snapshot) => new(
        entry,
        ReportHeader.Build(entry),
        SignalsSection.Build(entry.Score, snapshot.Model),
        ObservedUseSection.Build(entry),
        SenioritySection.Build(entry, snapshot),
        TasksSection.Build(entry, snapshot.Model),
        SourcesSection.Build(entry),
        RelatedSection.Build(entry, snapshot));
}
