using System.Globalization;
using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.Web.Tests.Pages.Methodology;

/// <summary>The methodology page states exactly the constants the scoring code runs with.</summary>
[Collection(SiteCollection.Name)]
public class MethodologyPageTests(SiteFactory site)
{
    private static readonly ScoringModel Model = ScoringModel.Default;

    [Fact]
    public async Task Task_formula_and_label_values_are_the_models()
    {
        var doc = await site.GetDocumentAsync("/methodology");

        var formula = doc.QuerySelector("[data-testid=task-formula]")!.TextContent;
        Assert.Contains($"{Model.TaskFormula.ExposureShare.ToString(CultureInfo.InvariantCulture)} × exposure value", formula);
        Assert.Contains($"{Model.TaskFormula.AutomationShare.ToString(CultureInfo.InvariantCulture)} × automation value", formula);
        var exposure = doc.QuerySelectorAll("[data-testid=exposure-labels] tbody tr")
            .Select(r => r.QuerySelector("td")!.TextContent.Trim()).ToList();
        Assert.Equal(Model.ExposureLabels.Select(l => l.Value.ToString(CultureInfo.InvariantCulture)), exposure);
        var automation = doc.QuerySelectorAll("[data-testid=automation-labels] tbody tr")
            .Select(r => r.QuerySelector("td")!.TextContent.Trim()).ToList();
        Assert.Equal(Model.AutomationLabels.Select(l => l.Value.ToString(CultureInfo.InvariantCulture)), automation);
    }

    [Fact]
    public async Task Signal_weights_bands_curves_and_pro_rules_are_the_models()
    {
        var doc = await site.GetDocumentAsync("/methodology");

        var weights = doc.QuerySelectorAll("[data-testid=signal-weights] tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelector("td")!.TextContent.Trim());
        var evidence = Model.Signals.Where(s => s.Group == SignalGroup.Evidence).ToList();
        Assert.Equal(evidence.Count, weights.Count);
        Assert.All(evidence, s => Assert.Equal(s.Kind == SignalKind.Tasks ? "rated task weight" : s.Weight.ToString("0.#", CultureInfo.InvariantCulture), weights[s.Name]));
        var market = doc.QuerySelectorAll("[data-testid=market-weights] tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelector("td")!.TextContent.Trim());
        Assert.All(Model.Signals.Where(s => s.Group == SignalGroup.Market),
            s => Assert.Equal((s.Weight * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%", market[s.Name]));

        var bands = doc.QuerySelectorAll("[data-testid=bands] tbody tr")
            .Select(r => (r.QuerySelector("th")!.TextContent.Trim(), r.QuerySelector("td")!.TextContent.Trim())).ToList();
        Assert.Equal(Model.Bands.Select(b => (b.Name, b.Min.ToString(CultureInfo.InvariantCulture))), bands);

        var healthcare = doc.QuerySelectorAll("[data-testid=curves] tbody tr")
            .Single(r => r.QuerySelector("th a")!.GetAttribute("href") == "/categories/healthcare-practitioners-and-technical")
            .QuerySelectorAll("td").Take(3).Select(td => td.TextContent.Trim()).ToList();
        var curve = site.Services.GetRequiredService<ReferenceStore>().Current.CurveOf("29")!;
        Assert.Equal(new[] { curve.Entry, curve.Mid, curve.Senior }.Select(x => "×" + x.ToString("0.00", CultureInfo.InvariantCulture)), healthcare);
        Assert.Equal(string.Join(", ", Model.Seniority.EntryMarkers), doc.QuerySelector("[data-testid=entry-markers]")!.TextContent);
        Assert.Equal(4, doc.QuerySelectorAll("[data-testid=validation-correlations] tbody tr").Length);

        var relations = doc.QuerySelectorAll("[data-testid=relation-weights] tbody tr")
            .Select(r => r.QuerySelector("td")!.TextContent.Trim()).ToList();
        Assert.Equal(Model.Pro.Pivots.Relations.Select(r => r.Weight.ToString(CultureInfo.InvariantCulture)), relations);
        Assert.Equal(Model.Pro.Heatmap.Bins.Count + 1, doc.QuerySelectorAll("[data-testid=heatmap-scale] tbody tr").Length);
        Assert.Contains(Model.Pro.Wages.Formulas[0].Formula, doc.QuerySelector("#pro-wages + p + dl")!.TextContent);
    }
}
