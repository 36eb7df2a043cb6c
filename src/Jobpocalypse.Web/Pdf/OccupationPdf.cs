using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Reference;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Jobpocalypse.Web.Pdf;

/// <summary>
/// The PDF report of one occupation, from the current snapshot: header and score, signal table, seniority,
/// the tasks that contribute most, sources and attribution; every page numbered and stamped with the dataset version.
/// </summary>
public sealed class OccupationPdf(TimeProvider time)
{
    private const int TopTaskCount = 10;

    private static XFont Title => PdfFonts.Instance.Title;
    private static XFont Heading => PdfFonts.Instance.Heading;
    private static XFont Body => PdfFonts.Instance.Body;
    private static XFont Score => PdfFonts.Instance.Score;
    private static XFont Small => PdfFonts.Instance.Small;
    private static XFont SmallBold => PdfFonts.Instance.SmallBold;

    public static string FileName(OccupationEntry entry) => $"jobpocalypse-{entry.Slug}.pdf";

    public byte[] Render(OccupationEntry entry, ReferenceSnapshot snapshot)
    {
        var generated = time.GetUtcNow();
        using var document = new PdfDocument();
        document.Info.Title = $"{entry.Title} — AI exposure report";
        document.Info.Author = "Jobpocalypse";
        document.Info.Subject = $"SOC {entry.Occupation.SocCode}, dataset version {snapshot.ShortVersion}";
        document.Info.CreationDate = generated.UtcDateTime;

        using (var flow = new PdfPageFlow(document))
        {
            Header(flow, entry);
            Signals(flow, entry.Score);
            Seniority(flow, entry.Score);
            Tasks(flow, entry.Score.TaskSignal);
            Sources(flow, entry);
            flow.Finish($"Jobpocalypse · dataset version {snapshot.ShortVersion} · generated {generated:yyyy-MM-dd} UTC", Small);
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void Header(PdfPageFlow flow, OccupationEntry e)
    {
        var s = e.Score;
        flow.Paragraph("Jobpocalypse · AI exposure report", Small, flow.MutedBrush, after: 2);
        flow.Paragraph(e.Title, Title, after: 2);
        var code = e.Occupation.Code.EndsWith(".00", StringComparison.Ordinal) ? "" : $" · O*NET {e.Occupation.Code}";
        flow.Paragraph($"SOC {e.Occupation.SocCode} · {e.Category.ShortTitle}{code}", Body, flow.MutedBrush, after: 8);
        flow.Paragraph($"Overall AI exposure: {Display.Score(s.Overall)} / 100 · {Display.BandName(s.Band)}", Score, after: 4);
        flow.Paragraph(s.Band?.Verdict ?? "Not rated: none of this occupation's tasks carries a published AI exposure label.", Body);
        flow.Paragraph(e.Occupation.Description, Body, flow.MutedBrush);
        flow.Rule();
    }

    private static void Signals(PdfPageFlow flow, OccupationScore s)
    {
        flow.Heading("Signal composition", Heading);
        var rows = s.Signals.Select(signal => new[]
        {
            signal.Definition.Name,
            signal.IsAvailable ? Display.Score(signal.Value) : signal.Definition.Freshness == Freshness.Pending ? "pending" : "no data",
            Display.Percent(signal.Definition.Weight),
            Display.Percent(signal.EffectiveWeight),
            Display.Points(signal.Contribution),
            $"{signal.Definition.Source} ({signal.Definition.AsOf})",
        }).Append(["Overall", Display.Score(s.Overall), "100%", "100%", Display.Points(s.Overall), ""]).ToList();
        flow.Table(
            [new("Signal", 0.22), new("Value", 0.09, true), new("Weight", 0.1, true), new("Effective", 0.11, true),
             new("Points", 0.1, true), new("Source", 0.38)],
            rows, Small, SmallBold);
        if (s.MissingWeight > 0)
            flow.Paragraph($"{Display.Percent(s.MissingWeight)} of the nominal weight belongs to signals with no value for this occupation; " +
                "it is shared out among the others in proportion to their weights.", Small, flow.MutedBrush);
    }

    private static void Seniority(PdfPageFlow flow, OccupationScore s)
    {
        flow.Heading("By seniority", Heading);
        if (!s.IsRated)
        {
            flow.Paragraph("Not rated: there is no overall score to adjust.", Body);
            return;
        }
        flow.Paragraph(s.Curve.Rationale, Body);
        flow.Table([new("Level", 0.4), new("Multiplier", 0.3, true), new("Score", 0.3, true)],
            s.Levels.Select(l => new[] { Display.Level(l.Level), Display.Multiplier(l.Multiplier), Display.Score(l.Score) }).ToList(),
            Body, SmallBold);
    }

    private static void Tasks(PdfPageFlow flow, TaskSignal signal)
    {
        flow.Heading("Tasks that contribute most", Heading);
        flow.Paragraph($"{signal.RatedCount} of {signal.Tasks.Count} tasks are rated; together they give a task signal of " +
            $"{Display.Score(signal.Value)}. The {Math.Min(TopTaskCount, signal.RatedCount)} largest contributions:", Body);
        var top = signal.Tasks.Where(t => t.IsRated).Take(TopTaskCount)
            .Select(t => new[] { t.Task.Text, Display.Score(t.Feasibility), t.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture), Display.Points(t.Contribution) })
            .ToList();
        if (top.Count > 0)
            flow.Table([new("Task", 0.64), new("Score", 0.12, true), new("Weight", 0.12, true), new("Points", 0.12, true)], top, Small, SmallBold);
    }

    private static void Sources(PdfPageFlow flow, OccupationEntry e)
    {
        flow.Heading("Sources and attribution", Heading);
        if (e.Projection is { } p)
            flow.Paragraph($"BLS Employment Projections 2024–34 for {p.Title}: employment {Display.Thousands(p.EmploymentStart)} in 2024, " +
                $"change {Display.SignedPercent(p.ChangePct)}, median annual wage {Display.Dollars(p.MedianWage)}, " +
                $"typical entry education: {p.EntryEducation ?? "not published"}.", Body);
        foreach (var line in Attribution)
            flow.Paragraph("• " + line, Small, after: 3);
        flow.Paragraph("How the score is computed: the methodology page of the site (/methodology).", Small, flow.MutedBrush);
    }

    private static readonly string[] Attribution =
    [
        "This report includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and " +
        "Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.",
        "Task exposure labels: Eloundou, Manning, Mishkin & Rock (2023), “GPTs are GPTs: An Early Look at the Labor Market " +
        "Impact Potential of Large Language Models” (data under the MIT licence).",
        "AI exposure prior: Felten, Raj & Seamans (2021), Strategic Management Journal 42(12):2195–2217, and Felten, Raj & " +
        "Seamans (2023), language-modeling AI occupational exposure.",
        "Employment, wages, education and outlook: U.S. Bureau of Labor Statistics, Employment Projections and Occupational " +
        "Outlook Handbook (public domain).",
    ];
}
