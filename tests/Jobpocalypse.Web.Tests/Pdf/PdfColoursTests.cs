using System.Text.RegularExpressions;
using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Pdf;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.Web.Tests.Pdf;

/// <summary>The PDF's band colours are the site's: the same values as the custom properties in site.css.</summary>
[Collection(SiteCollection.Name)]
public partial class PdfColoursTests(SiteFactory site)
{
    [Fact]
    public void Every_band_has_the_colour_the_site_gives_it()
    {
        var css = File.ReadAllText(Path.Combine(site.Services.GetRequiredService<IWebHostEnvironment>().WebRootPath, "css", "site.css"));
        var properties = CustomProperty().Matches(css).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value.ToLowerInvariant());

        Assert.All(ScoringModel.Default.Bands, band =>
        {
            var (property, hex) = PdfColours.BandColours[band.Name];
            Assert.Equal(properties[property], hex);
            // …and that property is the one the site's band pill is drawn with.
            var pill = $@"\.band-{band.Name.ToLowerInvariant().Replace(' ', '-')}\s*\{{\s*background:\s*var\({property}\)";
            Assert.Matches(pill, css);
        });
    }

    [GeneratedRegex(@"(?<name>--[a-z-]+):\s*(?<value>#[0-9a-fA-F]{6})\s*;")]
    private static partial Regex CustomProperty();
}
