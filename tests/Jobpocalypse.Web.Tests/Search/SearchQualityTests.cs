using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Search;
using Jobpocalypse.Web.Tests.Deployment;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Jobpocalypse.Web.Tests.Search;

/// <summary>The search-quality set (search-quality.tsv beside this file) on the site's real reference database.</summary>
[Collection(SiteCollection.Name)]
public class SearchQualityTests(SiteFactory site, ITestOutputHelper output)
{
    public static string SetPath => Path.Combine(RepositoryPaths.Root, "tests", "Jobpocalypse.Web.Tests", "Search", "search-quality.tsv");

    private static IReadOnlyList<SearchQualityCase> Cases => SearchQualitySet.Parse(File.ReadLines(SetPath));

    [Fact]
    public void The_set_has_at_least_150_queries_and_every_expected_code_exists()
    {
        var store = site.Services.GetRequiredService<ReferenceStore>();
        var codes = store.Current.Occupations.Select(o => o.Code).ToList();
        Assert.True(Cases.Count >= 150, $"{Cases.Count} queries");
        var unknown = Cases.SelectMany(c => c.Acceptable.Where(a => !codes.Any(code => new SearchQualityCase(0, "", [a], null).Accepts(code)))
            .Select(a => $"line {c.Line}: {a}")).ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public void Precision_at_1_is_at_least_90_percent_and_at_3_at_least_97_percent()
    {
        var search = site.Services.GetRequiredService<OccupationSearch>();
        var outcomes = SearchQualitySet.Run(search, Cases);
        var report = SearchQualitySet.Describe(outcomes);
        output.WriteLine(report);
        var (at1, at3) = SearchQualitySet.Precision(outcomes);
        Assert.True(at1 >= 0.90 && at3 >= 0.97, report);
    }
}
