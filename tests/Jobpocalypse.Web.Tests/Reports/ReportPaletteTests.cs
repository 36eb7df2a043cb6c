using System.Text.RegularExpressions;
using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Pdf;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Reports;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UglyToad.PdfPig;

namespace Jobpocalypse.Web.Tests.Reports;

/// <summary>One palette: the PDF's colours are parsed from the site's stylesheet, and a missing one fails loudly.</summary>
[Collection(SiteCollection.Name)]
public partial class ReportPaletteTests(SiteFactory site)
{
    private string SiteCss() =>
        File.ReadAllText(Path.Combine(site.Services.GetRequiredService<IWebHostEnvironment>().WebRootPath, "css", "site.css"));

    [Fact]
    public void Every_role_is_a_custom_property_of_the_served_stylesheet()
    {
        var served = ReportPalette.Parse(SiteCss());

        Assert.All(Enum.GetValues<PaletteRole>(), role =>
        {
            Assert.Matches("^#[0-9a-f]{6}$", ReportPalette.Site.Hex(role));
            Assert.Equal(served.Hex(role), ReportPalette.Site.Hex(role));
        });
        Assert.Equal("--chart-value", ReportPalette.Property(PaletteRole.ChartValue));
        Assert.Equal("--very-high", ReportPalette.Property(PaletteRole.VeryHigh));
    }

    [Fact]
    public void A_stylesheet_without_a_role_the_report_draws_with_is_refused()
    {
        var css = SiteCss().Replace("--chart-total:", "--chart-totals:", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidOperationException>(() => ReportPalette.Parse(css));
        Assert.Contains("--chart-total", error.Message);
    }

    [Fact]
    public void Every_band_has_a_role_and_the_sites_pill_is_drawn_with_it()
    {
        var css = SiteCss();
        Assert.All(ScoringModel.Default.Bands, band =>
        {
            var role = ReportPalette.BandRole(band);
            Assert.NotNull(role);
            var pill = $@"\.band-{band.Name.ToLowerInvariant().Replace(' ', '-')}\s*\{{\s*background:\s*var\({ReportPalette.Property(role.Value)}\)";
            Assert.Matches(pill, css);
        });
    }

    [Fact]
    public void The_pdf_draws_the_band_pill_in_the_colour_the_css_gives_the_band()
    {
        var snapshot = site.Services.GetRequiredService<ReferenceStore>().Current;
        var entry = snapshot.ByCode("29-2072.00")!; // High
        var bytes = new OccupationPdf(new FakeTimeProvider()).Render(entry, snapshot);
        var hex = CustomProperty().Matches(SiteCss()).Single(m => m.Groups["name"].Value == "--high").Groups["value"].Value;

        using var pdf = PdfDocument.Open(bytes);
        var fills = pdf.GetPage(1).Paths.Where(p => p.IsFilled && p.FillColor is not null)
            .Select(p => p.FillColor!.ToRGBValues())
            .Select(c => $"#{To255(c.r):x2}{To255(c.g):x2}{To255(c.b):x2}")
            .ToHashSet();
        Assert.Contains(hex.ToLowerInvariant(), fills);
    }

    private static int To255(double channel) => (int)Math.Round(channel * 255);

    [GeneratedRegex(@"(?<name>--[a-z-]+):\s*(?<value>#[0-9a-fA-F]{6})\s*;")]
    private static partial Regex CustomProperty();
}
