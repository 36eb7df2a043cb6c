using Jobpocalypse.Web.Pro;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Reports;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.Web.Tests.Reports;

/// <summary>The rules of the Pro sections' builders: rows, totals, numbering and the colours a heatmap cell carries.</summary>
[Collection(SiteCollection.Name)]
public class ProReportTests(SiteFactory site)
{
    private ProReport MedicalRecords()
    {
        var snapshot = site.Services.GetRequiredService<ReferenceStore>().Current;
        return ProReport.Build(ProFigures.Of(snapshot).For(snapshot.ByCode("29-2072.00")!));
    }

    [Fact]
    public void Heatmap_cells_carry_their_bins_colours_and_the_footer_gives_each_levels_expected_share()
    {
        var heatmap = MedicalRecords().Heatmap;

        Assert.Equal(17, heatmap.Table.Rows.Count);
        Assert.All(heatmap.Table.Rows, r => Assert.All(r.Skip(1), c => Assert.Matches("^#[0-9a-fA-F]{6}$", c.Fill)));
        Assert.Equal(["Expected share AI can do", "67.1%", "66.5%", "65.7%"], heatmap.Table.Footer.Single().Select(c => c.Text));
        Assert.Equal(17, heatmap.Chart.Count);
        Assert.All(heatmap.Chart, r => Assert.True(r.Label.Length <= 61, r.Label));
        Assert.Equal("Not rated", heatmap.Legend[^1].Label);
    }

    [Fact]
    public void Pivots_are_numbered_on_paper_with_their_soc_code_and_each_formula_ends_its_sentence()
    {
        var pivots = MedicalRecords().Pivots;

        Assert.NotEmpty(pivots.Paths);
        Assert.StartsWith("1. ", pivots.Paths[0].PaperHeading);
        Assert.Contains("(SOC ", pivots.Paths[0].PaperHeading);
        Assert.All(pivots.Paths, p => Assert.Equal(4, p.Facts.Count));
        Assert.StartsWith("Ranking: ", pivots.Ranking);
        Assert.All(pivots.Formulas, f => Assert.EndsWith(".", f));
    }

    [Fact]
    public void Wage_table_has_a_row_per_level_with_the_pay_last()
    {
        var wage = MedicalRecords().Wage;

        Assert.Equal(["Entry", "Mid", "Senior"], wage.Levels!.Rows.Select(r => r[0].Text));
        Assert.Equal("$33,401", wage.Levels.Rows[1][^1].Text);
        Assert.Equal("All occupations", wage.Groups!.Rows[^1][0].Text);
    }
}
