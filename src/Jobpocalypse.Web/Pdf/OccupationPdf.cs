using Jobpocalypse.Web.Pro;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Reports;
using PdfSharp.Pdf;

namespace Jobpocalypse.Web.Pdf;

/// <summary>
/// The complete PDF report of one occupation for one dataset snapshot: cover, signal composition, seniority,
/// task analysis, the four Pro sections and the sources, set from the same <see cref="OccupationReport"/> as the page. Only someone who may download it (its buyer or a Pro reader)
/// ever gets it, so it always holds the Pro sections; it holds nothing about the reader, so one copy serves all of them.
/// </summary>
public sealed class OccupationPdf(TimeProvider time)
{
    public static string FileName(OccupationEntry entry) => $"jobpocalypse-{entry.Slug}.pdf";

    public byte[] Render(OccupationEntry entry, ReferenceSnapshot snapshot)
    {
        var generated = time.GetUtcNow();
        var pro = ProReport.Build(ProFigures.Of(snapshot).For(entry));
        var report = OccupationReport.Build(entry, snapshot);
        using var document = new PdfDocument();
        document.Info.Title = $"{entry.Title}: AI exposure report";
        document.Info.Author = "Jobpocalypse";
        document.Info.Subject = $"SOC {entry.Occupation.SocCode}, dataset version {snapshot.ShortVersion}";
        document.Info.CreationDate = generated.UtcDateTime;

        using (var flow = new PdfPageFlow(document))
        {
            PdfCover.Draw(flow, report.Header, entry.Score, snapshot, generated, OccupationReport.Contents);
            flow.NewPage();
            PdfScoreSections.Signals(flow, report.Signals);
            PdfObservedUseSection.Draw(flow, report.ObservedUse);
            PdfScoreSections.Seniority(flow, report.Seniority);
            PdfTaskSection.Draw(flow, report.Tasks);
            PdfProSections.Draw(flow, pro);
            PdfSourcesSection.Draw(flow, report.Sources);
            PdfRelatedSection.Draw(flow, report.Related);
            flow.Finish($"Jobpocalypse · {entry.Title}", $" (SOC {entry.Occupation.SocCode}) · dataset {snapshot.ShortVersion} · generated {generated.UtcDateTime:yyyy-MM-dd} UTC");
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
