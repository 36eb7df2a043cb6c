using Jobpocalypse.Scoring.Pro;

namespace Jobpocalypse.Scoring.Tests.Pro;

public class TaskHeatmapTests
{
    private static readonly ScoringModel Model = ScoringModel.Default;
    private static readonly OccupationScorer Scorer = new(Model, new ScoringPopulation([0.0, 1.0], null));

    [Fact]
    public void Cells_are_feasibility_times_the_occupation_multiplier_clamped_and_unrated_tasks_come_last()
    {
        var score = Scorer.Score(new OccupationInputBuilder().Code("x", "43")
            .Task(null, null, TaskType.Unrated)                                  // id 1: not rated
            .Task(ExposureLabel.E2, AutomationLabel.T2, TaskType.Supplemental)   // id 2: 50, weight 1
            .Task(ExposureLabel.E1, AutomationLabel.T4)                          // id 3: 100, weight 2
            .Build()).With(1.20, 1.00, 0.85);

        var heatmap = TaskHeatmap.For(score, Model.Pro);

        Assert.Equal([3, 2, 1], heatmap.Rows.Select(r => r.Task.Task.TaskId));
        var full = heatmap.Rows[0];
        Assert.Equal(100, full.Cell(SeniorityLevel.Entry).Feasibility);          // 120 clamped
        Assert.Equal(100, full.Cell(SeniorityLevel.Mid).Feasibility);
        Assert.Equal(85, full.Cell(SeniorityLevel.Senior).Feasibility!.Value, 9);
        Assert.Equal("Very high", full.Cell(SeniorityLevel.Senior).Bin.Name);
        var half = heatmap.Rows[1];
        Assert.Equal(60, half.Cell(SeniorityLevel.Entry).Feasibility!.Value, 9);
        Assert.Equal("High", half.Cell(SeniorityLevel.Entry).Bin.Name);
        Assert.Equal(42.5, half.Cell(SeniorityLevel.Senior).Feasibility!.Value, 9);
        Assert.Equal("Moderate", half.Cell(SeniorityLevel.Senior).Bin.Name);
        Assert.Equal(1, half.Task.Weight);
        Assert.Equal(50.0 / 3, half.Task.Contribution!.Value, 9);               // 1 × 50 ÷ rated weight 3
        var unrated = heatmap.Rows[2];
        Assert.All(unrated.Cells, c => Assert.Null(c.Feasibility));
        Assert.All(unrated.Cells, c => Assert.Same(Model.Pro.Heatmap.NotRated, c.Bin));
    }

    [Theory]
    [InlineData(0, "Very low")]
    [InlineData(19.4, "Very low")]
    [InlineData(19.5, "Low")]      // shown as 20, so coloured as 20
    [InlineData(59.99, "High")]
    [InlineData(80, "Very high")]
    [InlineData(100, "Very high")]
    public void A_cell_is_coloured_by_the_whole_number_it_shows(double feasibility, string bin)
    {
        Assert.Equal(bin, Model.Pro.Heatmap.BinFor(feasibility).Name);
    }

    [Fact]
    public void Bins_cover_0_to_100_without_gaps_and_every_text_colour_meets_wcag_aa()
    {
        var scale = Model.Pro.Heatmap;

        Assert.Equal(0, scale.Bins[0].Min);
        Assert.Equal(100, scale.Bins[^1].Max);
        for (int i = 1; i < scale.Bins.Count; i++) Assert.Equal(scale.Bins[i - 1].Max + 1, scale.Bins[i].Min);
        Assert.All(scale.Bins.Append(scale.NotRated), b => Assert.True(b.Contrast >= 4.5, $"{b.Name}: {b.Contrast:0.00}"));
        Assert.Equal(scale.Bins.Count + 1, TaskHeatmap.For(Scorer.Score(new OccupationInputBuilder().Build()), Model.Pro).Legend.Count);
    }

    [Fact]
    public void Wcag_contrast_matches_the_published_extremes()
    {
        Assert.Equal(21, Wcag.ContrastRatio("#000000", "#ffffff"), 9);
        Assert.Equal(1, Wcag.ContrastRatio("#777777", "#777777"), 9);
        Assert.Equal(4.48, Wcag.ContrastRatio("#777777", "#ffffff"), 2);   // the well-known "just fails AA" grey
        Assert.Throws<FormatException>(() => Wcag.RelativeLuminance("red"));
    }
}
