using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Dapper;
using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Dataset.Tests;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.Web.Tests.Pages.Sources;

/// <summary>
/// The sources page against data/PROVENANCE.md (attributions word for word) and against the loaded dataset (counts).
/// </summary>
[Collection(SiteCollection.Name)]
public partial class SourcesPageTests(SiteFactory site)
{
    private const string Url = "/sources";

    private ReferenceStore Store => site.Services.GetRequiredService<ReferenceStore>();

    [Fact]
    public async Task Onet_attribution_is_the_sentence_provenance_requires_word_for_word()
    {
        var required = OnetAttribution().Match(Provenance).Groups["sentence"].Value;
        Assert.StartsWith("This site includes information from the O*NET 29.3 Database", required);

        var doc = await site.GetDocumentAsync(Url);

        Assert.Equal(required, Text(doc.QuerySelector("[data-testid=onet-attribution]")!));
    }

    [Fact]
    public async Task Both_aioe_citations_the_authors_ask_for_are_given_word_for_word()
    {
        var match = AioeCitations().Match(Provenance);
        Assert.True(match.Success, "PROVENANCE.md no longer has the AIOE citation sentence this test reads");

        var doc = await site.GetDocumentAsync(Url);

        Assert.Equal(match.Groups["aioe"].Value, Text(doc.QuerySelector("[data-testid=aioe-citation]")!));
        Assert.Equal(match.Groups["lm"].Value, Text(doc.QuerySelector("[data-testid=lm-aioe-citation]")!));
        Assert.Contains("GPTs are GPTs", Text(doc.QuerySelector("[data-testid=eloundou-citation]")!));
    }

    [Fact]
    public async Task Counts_are_the_loaded_datasets()
    {
        var snapshot = Store.Current;

        var doc = await site.GetDocumentAsync(Url);

        int Shown(string id) => int.Parse(doc.QuerySelector($"[data-testid=count-{id}]")!.TextContent, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        Assert.Equal(snapshot.Occupations.Count, Shown("occupations"));
        Assert.Equal(snapshot.Occupations.Count(o => o.Score.Overall is not null), Shown("rated-occupations"));
        Assert.Equal(snapshot.Occupations.Sum(o => o.Score.TaskSignal.Tasks.Count), Shown("tasks"));
        Assert.Equal(snapshot.Occupations.Sum(o => o.Score.TaskSignal.Tasks.Count(t => t.Feasibility is not null)), Shown("rated-tasks"));
        Assert.Equal(snapshot.Occupations.Count(o => o.Projection is not null), Shown("projections"));
        Assert.Equal(snapshot.Occupations.Count(o => o.Score.Signal(SignalKind.AiExposurePrior).Value is not null), Shown("aioe"));
        Assert.Equal(snapshot.Occupations.Count(o => o.Ooh is not null), Shown("ooh"));
        Assert.Equal(snapshot.Categories.Count, Shown("categories"));
    }

    [Fact]
    public async Task Counts_agree_with_the_reference_database()
    {
        await using var db = DatasetTestData.Open(Store.DatabasePath);
        var occupations = await db.ExecuteScalarAsync<int>("SELECT count(*) FROM occupations");
        var tasks = await db.ExecuteScalarAsync<int>("""
            SELECT count(*) FROM tasks t JOIN occupations o ON o.code = t.occupation_code
            """);
        var labelled = await db.ExecuteScalarAsync<int>("""
            SELECT count(*) FROM tasks t JOIN occupations o ON o.code = t.occupation_code
            WHERE t.gpt4_exposure IS NOT NULL AND t.gpt4_automation IS NOT NULL
            """);
        var projected = await db.ExecuteScalarAsync<int>("""
            SELECT count(*) FROM occupations o
            WHERE EXISTS (SELECT 1 FROM bls_projections p WHERE p.soc_code = o.soc_code AND p.release = '2024-34')
            """);

        var doc = await site.GetDocumentAsync(Url);

        Assert.Equal(occupations.ToString("#,0", CultureInfo.InvariantCulture), doc.QuerySelector("[data-testid=count-occupations]")!.TextContent);
        Assert.Equal(tasks.ToString("#,0", CultureInfo.InvariantCulture), doc.QuerySelector("[data-testid=count-tasks]")!.TextContent);
        Assert.Equal(labelled.ToString("#,0", CultureInfo.InvariantCulture), doc.QuerySelector("[data-testid=count-rated-tasks]")!.TextContent);
        Assert.Equal(projected.ToString("#,0", CultureInfo.InvariantCulture), doc.QuerySelector("[data-testid=count-projections]")!.TextContent);
    }

    [Fact]
    public async Task Shows_the_dataset_version_and_build_time()
    {
        var snapshot = Store.Current;

        var doc = await site.GetDocumentAsync(Url);

        Assert.Equal(snapshot.Version, doc.QuerySelector("[data-testid=dataset-version]")!.TextContent);
        Assert.Equal(snapshot.BuiltAt, doc.QuerySelector("[data-testid=dataset-built] time")!.GetAttribute("datetime"));
        var shown = DateTimeOffset.Parse(snapshot.BuiltAt, CultureInfo.InvariantCulture).UtcDateTime;
        Assert.Contains(shown.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), doc.QuerySelector("[data-testid=dataset-built]")!.TextContent);
    }

    [Fact]
    public async Task Every_source_has_its_use_licence_and_an_upstream_link()
    {
        var doc = await site.GetDocumentAsync(Url);

        var sources = doc.QuerySelectorAll("section.source").ToList();
        Assert.Equal(["onet", "soc", "eloundou", "observed-use", "aioe", "bls"], sources.Select(s => s.Id));
        foreach (var source in sources)
        {
            var terms = source.QuerySelectorAll("dt").Select(dt => dt.TextContent.Trim()).ToList();
            Assert.Contains("What we use", terms);
            Assert.Contains("Original", terms);
            Assert.True(terms.Contains("Licence") || terms.Contains("Terms") || source.Id == "bls", $"{source.Id} states no licence");
        }
        Assert.Contains("public domain", doc.QuerySelector("#bls")!.TextContent);
        // The MIT licence asks for its copyright and permission notice with the labels we republish.
        var licence = doc.QuerySelector("[data-testid=eloundou-licence]")!.TextContent;
        Assert.Contains("Copyright (c) 2024 OpenAI", licence);
        Assert.Contains("The above copyright notice and this permission notice shall be included", licence);
        Assert.Contains("whether AI can replace anyone", doc.QuerySelector("#observed-use")!.TextContent);
        var external = doc.QuerySelectorAll("a[rel=external]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(external);
        Assert.All(external, href => Assert.StartsWith("https://", href));
        Assert.Contains("https://creativecommons.org/licenses/by/4.0/", external);
    }

    [Fact]
    public async Task Links_both_downloads_and_has_one_h1_and_a_canonical_address()
    {
        var doc = await site.GetDocumentAsync(Url);

        var downloads = doc.QuerySelectorAll("[data-testid=downloads] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/data/scores.csv", "/data/scores.json"], downloads.Take(2));
        Assert.Single(doc.QuerySelectorAll("h1"));
        Assert.Equal("http://localhost/sources", doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    private static string Text(IElement element) => Whitespace().Replace(element.TextContent, " ").Trim();

    private static string Provenance { get; } =
        File.ReadAllText(Path.Combine(DataFolder.Locate(), DataFolder.MarkerFile));

    // The table cell: attribution required: "This site includes … USDOL/ETA."
    [GeneratedRegex("attribution required: \"(?<sentence>This site includes[^\"]+)\"")]
    private static partial Regex OnetAttribution();

    // The table cell: … ask every user to cite: <2021 citation>; and for the language-modeling scores: <2023 citation> |
    [GeneratedRegex(@"ask every user to cite: (?<aioe>.+?); and for the language-modeling scores: (?<lm>.+?) \|")]
    private static partial Regex AioeCitations();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
