using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

using Jobpocalypse.Dataset.Tests;

namespace Jobpocalypse.Web.Tests.Dataset;

/// <summary>
/// The share of 2024 US employment whose occupation has an analysis (issue 15 asks for at least half), computed from
/// data/: the representative rule on small cases, then the real figure.
/// </summary>
[Collection(SiteCollection.Name)]
public class EditorialCoverageTests(SiteFactory site)
{
    private static readonly Lazy<DatasetInputs> s_inputs = new(() => DatasetInputs.Load(DatasetTestData.DataFolderPath));

    private static IReadOnlySet<string> AnalysedFiles() =>
        Directory.GetFiles(Path.Combine(DatasetTestData.DataFolderPath, "editorial"), "*.json")
            .Select(f => Path.GetFileNameWithoutExtension(f)).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void A_line_is_represented_by_the_title_match_else_its_00_code_else_its_first_occupation()
    {
        Assert.Equal("41-2031.00", EditorialCoverage.Representative("41-2031", "Retail salespersons",
            [("41-2031.00", "Retail Salespersons")]));
        // The title wins over the .00 code (case ignored).
        Assert.Equal("15-1299.08", EditorialCoverage.Representative("15-1299", "Computer systems engineers/architects",
            [("15-1299.00", "Computer Occupations, All Other"), ("15-1299.08", "Computer Systems Engineers/Architects")]));
        Assert.Equal("13-1199.00", EditorialCoverage.Representative("13-1199", "Business operations specialists, all other",
            [("13-1199.05", "Sustainability Specialists"), ("13-1199.00", "Business Operations Specialists, All Other")]));
        // A merged line (the crosswalk maps 31-1121.00 and 31-1122.00 to 31-1120): the first by code.
        Assert.Equal("31-1121.00", EditorialCoverage.Representative("31-1120", "Home health and personal care aides",
            [("31-1122.00", "Personal Care Aides"), ("31-1121.00", "Home Health Aides")]));
        Assert.Null(EditorialCoverage.Representative("99-9999", "Nobody", []));
    }

    [Fact]
    public void The_figure_score_distribution_prints_is_the_share_of_the_analysed_files()
    {
        var files = AnalysedFiles();
        var coverage = EditorialCoverage.Compute(s_inputs.Value, files);

        // 29-2072: 194.8 thousand of 169,956.1 thousand jobs, BLS EP 2024 table 1.2.
        Assert.Equal(169_956.1, coverage.TotalThousands, 6);
        Assert.Equal(files.Count, coverage.Analysed);
        Assert.True(coverage.CoveredLines <= files.Count);
        if (files.SetEquals(["29-2072.00"]))
            Assert.Equal(194.8 / 169_956.1, coverage.Share, 9);
        var onSite = Snapshot.Occupations.Where(o => o.HasAnalysis).Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(coverage, EditorialCoverage.Compute(s_inputs.Value, onSite));
        Assert.StartsWith($"Editorial analyses: {files.Count} occupation", coverage.Describe());
    }

    [Fact]
    public void The_fifty_largest_occupations_with_tasks_hold_at_least_half_of_employment()
    {
        // What issue 15 asks the editors to cover: the representatives of the 50 largest line items that have O*NET tasks.
        var withTasks = Snapshot.Occupations.Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
        var largest = EditorialCoverage.Compute(s_inputs.Value, Largest(50, withTasks));
        Assert.True(largest.Share >= 0.50, largest.Describe());
        Assert.Equal(50, largest.CoveredLines);
    }

    [Fact]
    public void Once_the_fifty_are_in_data_half_of_US_employment_has_an_analysis()
    {
        var files = AnalysedFiles();
        var coverage = EditorialCoverage.Compute(s_inputs.Value, files);
        // Enforced from the moment the fifty analyses of issue 15 are in data/editorial (with the first, 29-2072.00);
        // until then there is nothing to hold the figure to but its computation, tested above.
        if (Largest(50, Snapshot.Occupations.Select(o => o.Code).ToHashSet()).IsSubsetOf(files))
            Assert.True(coverage.Share >= 0.50, coverage.Describe());
    }

    private ReferenceSnapshot Snapshot => site.Services.GetRequiredService<ReferenceStore>().Current;

    /// <summary>The representatives, among occupations with tasks, of the <paramref name="count"/> largest matrix lines that have one.</summary>
    private static HashSet<string> Largest(int count, IReadOnlySet<string> withTasks)
    {
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in EditorialCoverage.RepresentativesBySize(s_inputs.Value))
        {
            if (chosen.Count == count) break;
            if (withTasks.Contains(code)) chosen.Add(code);
        }
        return chosen;
    }
}
