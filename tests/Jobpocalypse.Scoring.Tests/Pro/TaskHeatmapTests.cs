using Jobpocalypse.Scoring.Pro;

namespace Jobpocalypse.Scoring.Tests.Pro;

public class TaskHeatmapTests
{
    private static readonly ScoringModel Model = ScoringModel.Default;
    private static readonly SeniorityModel Seniority = new(Model.Seniority);
    private static readonly OccupationScorer Scorer = new(Model, new ScoringPopulation([0.0, 1.0], null), Seniority);

    [Fact]
    public void Cells_are_each_tasks_share_of_the_levels_time_and_are_coloured_by_feasibility()
    {
        var score = Scorer.Score(new OccupationInputBuilder().Code("x", "43")
            .Task(ExposureLabel.E1, AutomationLabel.T4, TaskType.Core, "Enter data into patient records.")   // id 1: 100, entry, weight 2
            .Task(ExposureLabel.E2, AutomationLabel.T2, TaskType.Supplemental, "Supervise clerical staff.")   // id 2: 50, senior, weight 1
            .Task(ExposureLabel.E0, AutomationLabel.T1, TaskType.Core, "Comfort patients.")                    // id 3: 10, even, weight 2
            .Task(null, null, TaskType.Unrated, "Greet visitors at the desk.")                                 // id 4: not rated, entry, weight 1
            .Build());

        var heatmap = TaskHeatmap.For(score, Seniority, Model.Pro);

        // Level weights (emphasis 2): entry 4, 0.5, 2, 2 (sum 8.5); mid 2, 1, 2, 1 (6); senior 1, 2, 2, 0.5 (5.5).
        Assert.Equal([1, 2, 3, 4], heatmap.Rows.Select(r => r.Task.Task.TaskId));
        Assert.Equal([SeniorityTilt.Entry, SeniorityTilt.Senior, SeniorityTilt.Even, SeniorityTilt.Entry], heatmap.Rows.Select(r => r.Tilt));
        double[][] expected = [[4 / 8.5, 2 / 6.0, 1 / 5.5], [0.5 / 8.5, 1 / 6.0, 2 / 5.5], [2 / 8.5, 2 / 6.0, 2 / 5.5], [2 / 8.5, 1 / 6.0, 0.5 / 5.5]];
        for (int r = 0; r < 4; r++)
            for (int c = 0; c < 3; c++)
                Assert.Equal(expected[r][c], heatmap.Rows[r].Cells[c].Share, 12);
        foreach (var level in Enum.GetValues<SeniorityLevel>())
            Assert.Equal(1, heatmap.Rows.Sum(r => r.Cell(level).Share), 12);
        Assert.All(heatmap.Rows[0].Cells, c => Assert.Equal("Very high", c.Bin.Name));
        Assert.All(heatmap.Rows[1].Cells, c => Assert.Equal("Moderate", c.Bin.Name));
        Assert.All(heatmap.Rows[3].Cells, c => Assert.Same(Model.Pro.Heatmap.NotRated, c.Bin));
    }

    /// <summary>
    /// The free report shows each task's feasibility, weight and contribution, and the level multipliers. The old heatmap
    /// was feasibility × multiplier; this one must not be any of those figures times one constant, on any occupation
    /// whose tasks the model places at different levels. (Where every task reads the same at all levels, each level's
    /// shares are the task weights: the heatmap then says exactly that, and such occupations are counted, not hidden.)
    /// </summary>
    [Fact]
    public void No_heatmap_column_or_grid_is_a_free_figure_times_a_constant()
    {
        int checkedCount = 0, evenCount = 0;
        var failures = new List<string>();
        foreach (var (code, (_, tasks)) in ProRepositoryData.Occupations)
        {
            var score = Scorer.Score(new OccupationInputBuilder().Code(code, code[..2]).Build() with { Tasks = tasks });
            if (!score.IsRated) continue;
            var heatmap = TaskHeatmap.For(score, Seniority, Model.Pro);
            var rated = heatmap.Rows.Where(r => r.Task.IsRated).ToList();
            if (rated.Select(r => r.Tilt).Distinct().Count() < 2) { evenCount++; continue; }
            checkedCount++;
            var free = new Dictionary<string, Func<HeatmapRow, SeniorityLevel, double>>
            {
                ["feasibility"] = (r, _) => r.Task.Feasibility!.Value,
                ["weight"] = (r, _) => r.Task.Weight,
                ["contribution"] = (r, _) => r.Task.Contribution!.Value,
                ["feasibility × multiplier"] = (r, l) => r.Task.Feasibility!.Value * score.Seniority!.Multiplier(l),
            };
            foreach (var (name, figure) in free)
            {
                foreach (var level in new[] { SeniorityLevel.Entry, SeniorityLevel.Senior })
                    if (Proportional(rated.Select(r => (r.Cell(level).Share, figure(r, level)))))
                        failures.Add($"{code}: {level} column = {name} × a constant");
                var grid = rated.SelectMany(r => r.Cells.Select(c => (c.Share, figure(r, c.Level))));
                if (Proportional(grid)) failures.Add($"{code}: grid = {name} × a constant");
            }
        }
        Assert.Empty(failures);
        Assert.True(checkedCount > 600, $"{checkedCount} occupations checked, {evenCount} with one tilt only");
    }

    private static bool Proportional(IEnumerable<(double Cell, double Figure)> pairs)
    {
        var list = pairs.ToList();
        if (list.Any(p => p.Figure == 0)) return list.All(p => p.Figure != 0 || Math.Abs(p.Cell) < 1e-12) && Proportional(list.Where(p => p.Figure != 0));
        var ratios = list.Select(p => p.Cell / p.Figure).ToList();
        return ratios.Count == 0 || ratios.Max() - ratios.Min() <= 1e-9 * Math.Abs(ratios.Max());
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
        Assert.Equal(scale.Bins.Count + 1, TaskHeatmap.For(Scorer.Score(new OccupationInputBuilder().Build()), Seniority, Model.Pro).Legend.Count);
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
