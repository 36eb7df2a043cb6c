using Jobpocalypse.Web.Pro;
using Jobpocalypse.Web.Reference;
using PdfSharp.Pdf;

namespace Jobpocalypse.Web.Pdf;

/// <summary>
/// The complete PDF report of one occupation for one dataset snapshot: cover, signal composition, seniority,
/// task analysis, the four Pro sections and the sources. Only someone who may download it (its buyer or a Pro reader)
/// ever gets it, so it always holds the Pro sections; it holds nothing about the reader, so one copy serves all of them.
/// </summary>
public sealed class OccupationPdf(TimeProvider time)
{
    public const string SignalsTitle = "Signal composition";
    public const string ObservedUseTitle = "Where people already use AI in this work";
    public const string SeniorityTitle = "By seniority";
    public const string TasksTitle = "Task-level analysis";
    public const string HeatmapTitle = "Task heatmap";
    public const string PivotsTitle = "Career pivot paths";
    public const string WageTitle = "Wage impact analysis";
    public const string ToolsTitle = "AI tool recommendations";
    public const string SourcesTitle = "External signals and sources";
    public const string RelatedTitle = "Related occupations";

    private static readonly string[] Contents =
        [SignalsTitle, ObservedUseTitle, SeniorityTitle, TasksTitle, HeatmapTitle, PivotsTitle, WageTitle, ToolsTitle, SourcesTitle, RelatedTitle];

    public static string FileName(OccupationEntry entry) => $"jobpocalypse-{entry.Slug}.pdf";

    public byte[] Render(OccupationEntry entry, ReferenceSnapshot snapshot)
    {
        var generated = time.GetUtcNow();
        var pro = ProFigures.Of(snapshot).For(entry);
        using var document = new PdfDocument();
        document.Info.Title = $"{entry.Title}: AI exposure report";
        document.Info.Author = "Jobpocalypse";
        document.Info.Subject = $"SOC {entry.Occupation.SocCode}, dataset version {snapshot.ShortVersion}";
        document.Info.CreationDate = generated.UtcDateTime;

        using (var flow = new PdfPageFlow(document))
        {
            PdfCover.Draw(flow, entry, snapshot, generated, Contents);
            flow.NewPage();
            PdfScoreSections.Signals(flow, entry.Score, snapshot.Model);
            PdfObservedUseSection.Draw(flow, entry);
            PdfScoreSections.Seniority(flow, entry, snapshot);
            PdfTaskSection.Draw(flow, entry, snapshot.Model);
            PdfProSections.Draw(flow, pro);
            PdfSourcesSection.Draw(flow, entry);
            PdfRelatedSection.Draw(flow, entry, snapshot);
            flow.Finish($"Jobpocalypse · {entry.Title}", $" (SOC {entry.Occupation.SocCode}) · dataset {snapshot.ShortVersion} · generated {generated.UtcDateTime:yyyy-MM-dd} UTC");
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
