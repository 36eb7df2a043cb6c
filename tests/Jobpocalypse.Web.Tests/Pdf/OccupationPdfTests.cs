using System.Globalization;
using System.Text.RegularExpressions;
using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Pdf;
using Jobpocalypse.Web.Pro;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Jobpocalypse.Web.Tests.Pdf;

/// <summary>
/// The PDF report, rendered in process from the site's snapshot: 29-2072's against figures worked out by hand
/// (see ReportPageTests and ProSectionsTests for the working); every occupation's is checked in Sweeps/EveryOccupationTests.
/// </summary>
[Collection(SiteCollection.Name)]
public class OccupationPdfTests(SiteFactory site)
{
    private static readonly DateTimeOffset Generated = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);

    private ReferenceSnapshot Snapshot => site.Services.GetRequiredService<ReferenceStore>().Current;
    private OccupationPdf Renderer() => new(new FakeTimeProvider(Generated));

    private PdfText MedicalRecordsSpecialists() => PdfText.Read(Renderer().Render(Snapshot.ByCode("29-2072.00")!, Snapshot));

    [Fact]
    public void Cover_gives_title_code_score_band_verdict_and_dataset()
    {
        var cover = MedicalRecordsSpecialists().Pages[0].Lines;

        Assert.Contains("Medical Records Specialists", cover);
        Assert.Contains("SOC 29-2072 · Healthcare Practitioners and Technical", cover);
        // What AI can do 59.71, overall 59.5 (ReportPageTests works them out), band High; levels 59.71 × 1.0101 / × 1 / × 0.9877
        // (ProSectionsTests) → 60 / 60 / 59.
        // The big score, "/ 100" and the band pill sit on baselines of their own.
        Assert.Contains("60", cover);
        Assert.Contains("/ 100", cover);
        Assert.Contains("High", cover);
        Assert.Contains(cover, l => l.StartsWith("Entry / mid / senior level 60 / 60 / 59 ", StringComparison.Ordinal));
        var verdict = ScoringModel.Default.Bands.Single(b => b.Name == "High").Broad.Text;
        Assert.Contains(PdfText.Squash(verdict), PdfText.Squash(string.Concat(cover)));
        Assert.Contains($"Dataset version {Snapshot.ShortVersion}", string.Join(" ", cover));
        Assert.Contains("Generated 14 March 2026, 09:30 UTC.", string.Join(" ", cover));
    }

    [Fact]
    public void Every_section_is_there_and_the_contents_give_its_page()
    {
        var pdf = MedicalRecordsSpecialists();

        // The contents are in two columns: a printed line holds "title page" once or twice.
        var contents = string.Join("\n", pdf.Pages[0].Lines);
        foreach (var title in Sweeps.PdfChecks.SectionTitles)
        {
            var entry = Regex.Match(contents, Regex.Escape(title) + @" (?<page>\d+)\b");
            Assert.True(entry.Success, $"{title} is not in the contents");
            var page = int.Parse(entry.Groups["page"].Value, CultureInfo.InvariantCulture);
            Assert.Contains(title, pdf.Pages[page - 1].Lines);
        }
        Assert.Contains("Attribution", pdf.Lines);
        Assert.Contains("All O*NET tasks", pdf.Lines);
    }

    [Fact]
    public void Every_page_is_numbered_and_stamped_with_the_dataset_and_date()
    {
        var pdf = MedicalRecordsSpecialists();

        Assert.True(pdf.Pages.Count >= 8, $"{pdf.Pages.Count} pages");
        for (var i = 0; i < pdf.Pages.Count; i++)
        {
            var footer = pdf.Pages[i].Lines[^1];
            Assert.EndsWith($"Page {i + 1} of {pdf.Pages.Count}", footer);
            Assert.Contains($"dataset {Snapshot.ShortVersion} · generated 2026-03-14 UTC", footer);
        }
    }

    [Fact]
    public void Task_analysis_has_the_editorial_duties_and_every_onet_task_with_its_labels()
    {
        var pdf = MedicalRecordsSpecialists();

        Assert.Contains("1. Enter patient medical information into electronic health records systems", pdf.Lines);
        Assert.True(pdf.Contains("BLS: “They may gather patients’ medical histories, symptoms, test results, treatments, and other health " +
            "information and enter the details into electronic health records (EHR) systems.”"));
        // Tasks 22880, 22885 (E1/T3: 90) and 22893 (E2/T3: 60), all weight 1: 80, "AI can do most of it".
        Assert.True(pdf.Contains("AI can do most of it · Score 80 · Weight 3 ·"));
        Assert.True(pdf.Contains("Analysis last reviewed 30 November 2026."));
        Assert.True(pdf.Contains("Schedule medical appointments for patients. (task 22892, score 60): A front-desk duty"));
        // 17 tasks, each once in the task table with its labels in words (and once more in the heatmap).
        Assert.Contains("Transcribe medical reports. 90 1 5.3", pdf.Lines);
        Assert.Contains("Schedule medical appointments for patients. 60 1 3.5", pdf.Lines);
        Assert.True(pdf.Contains("No core or supplemental designation in O*NET (weight 1) · GPT-4: Direct exposure (E1), mostly automatable (T3)"));
        Assert.True(pdf.Contains("GPT-4: Exposure with tools (E2), partial automation (T2); human raters: no exposure (E0)"));
    }

    [Fact]
    public void Heatmap_gives_each_task_at_each_level_with_the_scale()
    {
        var pdf = MedicalRecordsSpecialists();

        // Each task's share of entry / mid / senior time (ProSectionsTests): 7.1% / 5.9% / 4.3% for an entry-level task,
        // 3.6% / 5.9% / 8.7% for the others; the foot gives each level's expected share.
        Assert.Contains("Transcribe medical reports.", pdf.Lines);
        Assert.Equal(11, pdf.Lines.Count(l => l == "7.1% 5.9% 4.3%"));
        Assert.Equal(6, pdf.Lines.Count(l => l == "3.6% 5.9% 8.7%"));
        Assert.Contains("Expected share AI can do 67.1% 66.5% 65.7%", pdf.Lines);
        Assert.Contains("Very low (0–19) Low (20–39) Moderate (40–59) High (60–79) Very high (80–100) Not rated", pdf.Lines);
        Assert.Contains("Share of each level's work time by task; colour: how much of the task AI can do", pdf.Lines);
    }

    [Fact]
    public void Wage_impact_gives_the_hand_calculated_figures_and_the_comparison()
    {
        var pdf = MedicalRecordsSpecialists();

        // Mid level 1130 ÷ 17 = 66.5% of the time; $50,250 × 66.5% = $33,401; × 194,800 workers = $6.5 billion.
        Assert.Contains(pdf.Lines, l => l.StartsWith("Mid 66.5% ", StringComparison.Ordinal) && l.EndsWith(" $33,401", StringComparison.Ordinal));
        Assert.True(pdf.Contains("At the median wage of $50,250, that share goes with $33,401 of a worker's annual pay"));
        Assert.True(pdf.Contains("$6.5 billion of the occupation's wage bill"));
        Assert.False(pdf.Contains("$9.8 billion"));
        Assert.Contains(pdf.Lines, l => l.StartsWith("All occupations ", StringComparison.Ordinal));
    }

    [Fact]
    public void Pivot_paths_and_tools_are_named_with_their_rules()
    {
        var snapshot = Snapshot;
        var entry = snapshot.ByCode("29-2072.00")!;
        var insights = ProFigures.Of(snapshot).For(entry);
        var pdf = MedicalRecordsSpecialists();

        Assert.NotEmpty(insights.Pivots.Paths);
        Assert.All(insights.Pivots.Paths, p => Assert.True(pdf.Contains(p.Title), p.Title));
        Assert.All(insights.Pivots.Paths, p => Assert.True(pdf.Contains(ProText.Closeness(p)), p.Title));
        // The first path's tasks sit on one page (a page break puts the footer inside a sentence of the extracted text).
        Assert.All(insights.Pivots.Paths[0].CarryOver, m => Assert.True(pdf.Contains(ProText.CarryOver(m)), m.Task.Text));
        Assert.True(pdf.Contains("Rank value: score drop × relation weight × (overlap floor + (1 − overlap floor) × task overlap)"));
        Assert.False(pdf.Contains("Primary-Short"));
        Assert.Contains("Autonomous medical coding", pdf.Lines);
        Assert.Contains("Speech-to-text transcription", pdf.Lines);
        Assert.All(insights.Tools.Categories, c => Assert.True(pdf.Contains(ProText.ToolChecks(c)), c.Category.Name));
        Assert.False(pdf.Contains(".;"));
    }

    [Fact]
    public void Sources_carry_each_attribution_word_for_word()
    {
        var pdf = MedicalRecordsSpecialists();

        Assert.True(pdf.Contains("This site includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment " +
            "and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA."));
        Assert.True(pdf.Contains("Eloundou, T., Manning, S., Mishkin, P., & Rock, D. (2023). \"GPTs are GPTs: An Early Look at the Labor " +
            "Market Impact Potential of Large Language Models.\" arXiv:2303.10130."));
        Assert.True(pdf.Contains("Felten E, Raj M, Seamans R (2021) \"Occupational, industry, and geographic exposure to artificial intelligence"));
        Assert.True(pdf.Contains("Felten, Raj & Seamans (2023) \"How will Language Modelers like ChatGPT Affect Occupations and Industries?\""));
        Assert.True(pdf.Contains("U.S. Bureau of Labor Statistics, Employment Projections and Occupational Outlook Handbook (public domain)."));
        Assert.Contains("Employment 2024 194,800", pdf.Lines);
    }
}
