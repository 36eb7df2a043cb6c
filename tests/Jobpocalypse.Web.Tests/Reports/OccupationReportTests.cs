using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Reports;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.Web.Tests.Reports;

/// <summary>The rules of the report model's builders: which rows and sentences exist, in what order, and what stands in for missing data.</summary>
[Collection(SiteCollection.Name)]
public class OccupationReportTests(SiteFactory site)
{
    private ReferenceSnapshot Snapshot => site.Services.GetRequiredService<ReferenceStore>().Current;
    private OccupationReport Report(OccupationEntry entry) => OccupationReport.Build(entry, Snapshot);
    private OccupationReport MedicalRecords() => Report(Snapshot.ByCode("29-2072.00")!);

    [Fact]
    public void Contents_list_every_section_in_page_order()
    {
        Assert.Equal(
            ["Signal composition", "Where people already use AI in this work", "By seniority", "Task-level analysis", "Task heatmap",
             "Career pivot paths", "Wage impact analysis", "AI tool recommendations", "External signals and sources", "Related occupations"],
            OccupationReport.Contents);
    }

    [Fact]
    public void Header_names_the_band_by_its_palette_role_and_leaves_out_a_bare_onet_code()
    {
        var header = MedicalRecords().Header;

        Assert.Equal("High", header.BandName);
        Assert.Equal(PaletteRole.High, header.BandRole);
        Assert.Null(header.OnetCode); // 29-2072.00 is the SOC code itself
        Assert.Equal("SOC 29-2072", header.MetaLine);
        Assert.Contains(("Median annual wage (BLS, 2024)", "$50,250"), header.AtAGlance);
        Assert.Equal("What AI can do: 60 · market signals move it by −0.2 points.", $"{header.EvidenceSplit}{header.MarketSplit}");
    }

    [Fact]
    public void Signals_give_one_bar_per_evidence_signal_then_the_two_totals_and_total_rows_under_each_table()
    {
        var signals = MedicalRecords().Signals;
        var entry = Snapshot.ByCode("29-2072.00")!;

        Assert.Null(signals.NotRated);
        Assert.Equal(entry.Score.InGroup(SignalGroup.Evidence).Count() + 2, signals.Chart.Count);
        Assert.Equal(["What AI can do", "Overall"], signals.Chart.TakeLast(2).Select(b => b.Label));
        Assert.Equal(PaletteRole.ChartTotal, signals.Chart[^1].Role);
        Assert.Equal(["What AI can do"], signals.Evidence!.Footer.Select(r => r[0].Text));
        Assert.Equal(["Market adjustment", "Overall"], signals.Market!.Footer.Select(r => r[0].Text));
        // Hiring demand has no public source yet: "pending", and it is named among the signals that weigh nothing.
        Assert.Equal("pending", signals.Market.Rows.Single(r => r[0].Text == "Hiring demand")[1].Text);
        Assert.Contains("hiring demand", signals.Unavailable);
        Assert.NotNull(signals.BandLimit);
    }

    [Fact]
    public void An_unrated_occupation_says_so_in_every_section_that_needs_a_score()
    {
        // Every occupation of the dataset is rated: this one is 29-2072 with its task labels taken away.
        var rated = Snapshot.ByCode("29-2072.00")!;
        var input = rated.Input with { Tasks = rated.Input.Tasks.Select(t => t with { Exposure = null, Automation = null, HumanExposure = null }).ToList() };
        var entry = new OccupationEntry
        {
            Occupation = rated.Occupation, Category = rated.Category, Input = input,
            Score = new OccupationScorer(Snapshot.Model, Snapshot.Population).Score(input),
            Editorial = [], OnetRelated = [], WorkActivities = [],
        };
        Assert.False(entry.Score.IsRated);
        var report = Report(entry);

        Assert.StartsWith("Not rated", report.Signals.NotRated);
        Assert.Null(report.Signals.Evidence);
        Assert.StartsWith("Not rated", report.Seniority.NotRated);
        Assert.Empty(report.Seniority.Chart);
        Assert.StartsWith("Not rated", report.Header.Verdict);
        Assert.Null(report.Header.BandRole);
        Assert.All(report.Tasks.Tasks.Rows, r => Assert.EndsWith("Not rated: the published label set has no label for this task.", r[0].Note));
        Assert.All(report.Tasks.Tasks.RowClasses, c => Assert.Equal("not-rated", c));
    }

    [Fact]
    public void Observed_use_is_missing_with_the_soc_code_where_the_study_has_no_data()
    {
        var entry = Snapshot.Occupations.First(o => !o.Score.Signal(SignalKind.ObservedUse).IsAvailable);
        var section = Report(entry).ObservedUse;

        Assert.Contains($"SOC {entry.Occupation.SocCode}", section.Missing);
        Assert.Null(section.Activities);
        Assert.Null(MedicalRecords().ObservedUse.Missing);
        Assert.Equal("27", MedicalRecords().ObservedUse.Score!.Strong);
    }

    [Fact]
    public void Sources_set_the_outlook_wording_apart_and_credit_every_source()
    {
        var sources = MedicalRecords().Sources;

        var outlook = sources.Signals.Single(s => s.Text.Before.StartsWith("BLS projected outlook", StringComparison.Ordinal));
        Assert.Equal("Much faster than average", outlook.Text.Strong);
        Assert.Equal(" (+7.1%, 2024–34)", outlook.Text.After);
        Assert.Equal(["Employment 2024", "194,800"], sources.Bls!.Rows[0].Select(c => c.Text));
        Assert.Equal(5, sources.Attributions.Count);
        Assert.Contains(Attributions.Onet, sources.Attributions);
    }

    [Fact]
    public void Tasks_group_the_editorial_duties_and_give_every_task_its_labels_in_words()
    {
        var tasks = MedicalRecords().Tasks;

        Assert.Equal("66", tasks.Lede.Strong);
        Assert.Equal(9, tasks.Editorial!.Duties.Count);
        Assert.Equal(["Score ", "Weight ", "Contribution "], tasks.Editorial.Duties[0].Figures.Select(f => f.Before));
        Assert.Equal(17, tasks.Tasks.Rows.Count);
        Assert.All(tasks.Tasks.RowClasses, c => Assert.Null(c));
        Assert.Contains("GPT-4: Direct exposure (E1), mostly automatable (T3)", tasks.Tasks.Rows[0][0].Note);
    }

    [Fact]
    public void Related_names_the_category_in_its_heading_and_says_why_each_is_listed()
    {
        var related = MedicalRecords().Related;

        Assert.Equal("Related in Healthcare Practitioners and Technical", related.Heading);
        Assert.Null(related.None);
        Assert.Equal(6, related.Items.Count);
        Assert.StartsWith("Shares ", related.Items[0].Why);
    }
}
