using Jobpocalypse.Web.Me;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Reports;
using PdfSharp.Pdf;

namespace Jobpocalypse.Web.Pdf;

/// <summary>
/// The PDF of a reader's own report, for Pro readers: the same <see cref="PersonalReport"/> the page shows (score,
/// verdict, readings, signals, the tables and the Pro sections that apply), set with the occupation PDF's writers.
/// It is drawn from the share link alone, so it holds nothing the reader typed.
/// </summary>
public sealed class PersonalPdf(TimeProvider time)
{
    public const string FileName = "jobpocalypse-personal-report.pdf";
    private static PdfFonts F => PdfFonts.Instance;

    public byte[] Render(PersonalReport r, ReferenceSnapshot snapshot)
    {
        var generated = time.GetUtcNow();
        using var document = new PdfDocument();
        document.Info.Title = "A personal AI exposure report";
        document.Info.Author = "Jobpocalypse";
        document.Info.Subject = $"dataset version {snapshot.ShortVersion}";
        document.Info.CreationDate = generated.UtcDateTime;

        using (var flow = new PdfPageFlow(document))
        {
            flow.Section(PersonalReport.TitleText);
            flow.Paragraph($"AI exposure {r.ScoreText} / 100 · {r.BandName}", F.Heading);
            flow.Paragraph(r.Verdict, F.Lead);
            foreach (var phrase in new[] { r.EvidenceSplit, r.MarketSplit, r.LevelReading }.OfType<Phrase>())
                flow.Paragraph(phrase.ToString(), F.Body);
            Table(flow, PersonalReport.NearestHeading, null, r.Nearest);
            Table(flow, PersonalReport.ExposureHeading, null, r.Exposure);
            Table(flow, PersonalReport.TasksHeading, PersonalReport.TasksLede, r.Tasks);
            flow.Section(PersonalReport.TermsHeading);
            flow.Paragraph(r.TermsUsed, F.Body);
            PdfScoreSections.Signals(flow, r.Signals);
            if (r.Pro is { } pro)
            {
                Table(flow, ProHeatmapSection.Heading, PersonalReport.HeatmapLede, pro.Heatmap);
                flow.Section(ProToolsSection.Heading);
                if (pro.NoTools is { } none) flow.Paragraph(none, F.Body);
                foreach (var tool in pro.Tools)
                {
                    flow.Subheading(tool.Name);
                    flow.Paragraph(tool.Does, F.Body);
                    flow.Paragraph(tool.Checks, F.Body);
                    foreach (var task in tool.Tasks) flow.Bullet(task, F.Small);
                }
                flow.Paragraph(PersonalPro.NotApplicable, F.Small, PdfColours.Muted);
            }
            flow.Finish("Jobpocalypse · a personal report", $" · dataset {snapshot.ShortVersion} · generated {generated.UtcDateTime:yyyy-MM-dd} UTC");
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void Table(PdfPageFlow flow, string heading, string? lede, ReportTable table)
    {
        flow.Section(heading, 90);
        if (lede is not null) flow.Paragraph(lede, F.Body);
        PdfReportTable.Draw(flow, table, F.Small, F.SmallBold);
    }
}
