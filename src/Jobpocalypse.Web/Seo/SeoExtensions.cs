using System.Globalization;
using System.Text;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Web.Seo;

public static class SeoExtensions
{
    /// <summary>Paths crawlers should leave alone: personal pages, payment callbacks, and unbounded search results.</summary>
    public static readonly IReadOnlyList<string> Disallowed = ["/account", "/stripe", "/search"];

    /// <summary>GET /sitemap.xml (absolute URLs on the configured Site:BaseUrl) and GET /robots.txt.</summary>
    public static void MapSeoEndpoints(this WebApplication app)
    {
        app.MapGet("/sitemap.xml", (SiteOrigin site, ReferenceStore store) =>
        {
            var snapshot = store.Current;
            var origin = site.Origin;
            var urls = SitemapPaths.For(snapshot).Select(path => origin + path);
            return Results.Bytes(SitemapWriter.Write(urls, BuildDate(snapshot.BuiltAt)), "application/xml; charset=utf-8");
        });

        app.MapGet("/robots.txt", (SiteOrigin site) =>
        {
            var text = new StringBuilder();
            text.Append("User-agent: *\n");
            text.Append("Allow: /\n");
            foreach (var path in Disallowed) text.Append("Disallow: ").Append(path).Append('\n');
            text.Append('\n').Append("Sitemap: ").Append(site.Origin).Append("/sitemap.xml\n");
            return Results.Text(text.ToString(), "text/plain; charset=utf-8");
        });
    }

    /// <summary>The UTC date of the dataset build (built_at is ISO-8601 UTC); null if the database did not record it.</summary>
    public static DateOnly? BuildDate(string builtAt) =>
        DateTimeOffset.TryParse(builtAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? DateOnly.FromDateTime(at.UtcDateTime)
            : null;
}
