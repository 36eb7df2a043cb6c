using System.Net;
using System.Xml.Linq;
using Jobpocalypse.Web.Cards;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Reports;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace Jobpocalypse.Web.Tests.Cards;

/// <summary>The share card (PNG) and the badge (SVG) of every occupation, and the report's tags that name them.</summary>
[Collection(SiteCollection.Name)]
public class ShareCardTests(SiteFactory site)
{
    private const string Report = "/occupations/29-2072-medical-records-specialists";
    private ReferenceSnapshot Snapshot => site.Services.GetRequiredService<ReferenceStore>().Current;

    [Fact]
    public void Every_occupations_card_renders_at_1200_by_630()
    {
        var renderer = site.Services.GetRequiredService<ShareCardRenderer>();
        Assert.All(Snapshot.Occupations, entry =>
        {
            var png = renderer.Render(ShareCard.For(ReportHeader.Build(entry)));
            // The codec reads the header only: enough to prove a PNG of the right size, fast for 900-odd cards.
            using var codec = SKCodec.Create(new SKMemoryStream(png));
            Assert.NotNull(codec);
            Assert.Equal(SKEncodedImageFormat.Png, codec.EncodedFormat);
            Assert.Equal((ShareCard.Width, ShareCard.Height), (codec.Info.Width, codec.Info.Height));
        });
    }

    [Fact]
    public async Task A_personal_report_link_has_its_own_card_named_by_its_page_and_two_links_get_two_cards()
    {
        using var client = site.CreateBrowserlessClient();
        const string Link = "t=22881-50_22888-25_22893-25&level=entry";
        var page = await SiteFactory.ParseAsync(await client.GetAsync($"/me/report?{Link}"));
        Assert.Equal($"http://localhost/me/card.png?{Link}", page.QuerySelector("meta[property='og:image']")?.GetAttribute("content"));

        using var card = await client.GetAsync($"/me/card.png?{Link}");
        using var other = await client.GetAsync("/me/card.png?t=22881-100&level=senior");

        Assert.Equal(HttpStatusCode.OK, card.StatusCode);
        Assert.Equal("image/png", card.Content.Headers.ContentType!.MediaType);
        var bytes = await card.Content.ReadAsByteArrayAsync();
        using var bitmap = SKBitmap.Decode(bytes);
        Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
        Assert.NotEqual(bytes, await other.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/me/card.png?t=abc&level=mid")]
    [InlineData("/me/card.png?t=22881-50&level=boss")]
    [InlineData("/me/card.png")]
    public async Task A_personal_card_link_that_does_not_parse_is_400(string path)
    {
        using var client = site.CreateBrowserlessClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Card_is_served_as_png_once_drawn_per_dataset_version()
    {
        using var client = site.CreateBrowserlessClient();
        using var first = await client.GetAsync($"{Report}/card.png");
        using var second = await client.GetAsync($"{Report}/card.png");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("image/png", first.Content.Headers.ContentType!.MediaType);
        var bytes = await first.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes, await second.Content.ReadAsByteArrayAsync());
        using var bitmap = SKBitmap.Decode(bytes);
        Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
        // The left edge is the band's colour (29-2072 is High).
        Assert.Equal(SKColor.Parse(ReportPalette.Site.Hex(PaletteRole.High)), bitmap.GetPixel(5, 300));
    }

    [Fact]
    public void Card_words_come_from_the_report_header()
    {
        var report = OccupationReport.Build(Snapshot.ByCode("29-2072.00")!, Snapshot);

        var card = ShareCard.For(report.Header);

        Assert.Equal(("Medical Records Specialists", report.Header.ScoreText, "High", report.Header.Verdict), (card.Title, card.Score, card.Band, card.Verdict));
        Assert.Contains("17 of 17 O*NET tasks rated", card.Evidence);
        Assert.Equal($"Medical Records Specialists: AI exposure {report.Header.ScoreText}/100, High. {report.Header.Verdict}", card.AltText);
    }

    [Theory]
    [InlineData("/occupations/no-such-job/card.png")]
    [InlineData("/occupations/no-such-job/badge.svg")]
    public async Task Unknown_occupation_is_404(string path)
    {
        using var client = site.CreateBrowserlessClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Badge_is_an_svg_with_the_score_and_band()
    {
        using var client = site.CreateBrowserlessClient();
        using var response = await client.GetAsync($"{Report}/badge.svg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal("20", svg.Attribute("height")!.Value);
        var score = Snapshot.ByCode("29-2072.00")!;
        var texts = svg.Descendants(ns + "text").Select(t => t.Value).ToList();
        Assert.Equal(["AI exposure", $"{OccupationReport.Build(score, Snapshot).Header.ScoreText}/100 · High"], texts);
        Assert.Empty(svg.Descendants(ns + "script"));
    }

    [Fact]
    public async Task Report_names_its_card_and_offers_the_badge_snippet()
    {
        var doc = await site.GetDocumentAsync(Report);

        var image = doc.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        Assert.True(Uri.IsWellFormedUriString(image, UriKind.Absolute));
        Assert.EndsWith($"{Report}/card.png", image);
        Assert.Equal("1200", doc.QuerySelector("meta[property='og:image:width']")!.GetAttribute("content"));
        Assert.Equal("summary_large_image", doc.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        Assert.StartsWith("Medical Records Specialists: AI exposure", doc.QuerySelector("meta[property='og:image:alt']")!.GetAttribute("content"));

        var snippet = doc.QuerySelector("[data-testid=badge-snippet]")!.TextContent;
        Assert.Contains($"{Report}/badge.svg\"", snippet);
        Assert.Contains("<a href=\"http", snippet);
        Assert.Equal($"{Report}/badge.svg", doc.QuerySelector("[data-testid=badge-preview]")!.GetAttribute("src"));
    }
}
