using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Reports;

namespace Jobpocalypse.Web.Cards;

/// <summary>
/// GET /occupations/{slug}/card.png (the 1200×630 share card the report's og:image names) and
/// GET /occupations/{slug}/badge.svg (the embeddable badge). Unknown occupation → 404.
/// </summary>
public static class CardEndpoints
{
    public static string CardPath(OccupationEntry entry) => $"{entry.Url}/card.png";
    public static string BadgePath(OccupationEntry entry) => $"{entry.Url}/badge.svg";

    public static void AddShareCards(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ShareCardRenderer>();
        builder.Services.AddSingleton<ShareCardCache>();
        builder.Services.AddSingleton<Badge>();
    }

    public static void MapShareCards(this WebApplication app)
    {
        app.MapGet("/occupations/{slug}/card.png", (string slug, HttpContext http, ReferenceStore reference, ShareCardCache cards) =>
        {
            var snapshot = reference.Current;
            if (snapshot.BySlug(slug) is not { } entry) return Results.NotFound();
            Shareable(http);
            return Results.File(cards.Get(entry, snapshot), "image/png");
        });
        app.MapGet("/occupations/{slug}/badge.svg", (string slug, HttpContext http, ReferenceStore reference, Badge badge) =>
        {
            var snapshot = reference.Current;
            if (snapshot.BySlug(slug) is not { } entry) return Results.NotFound();
            Shareable(http);
            return Results.Text(badge.Svg(ShareCard.For(ReportHeader.Build(entry))), "image/svg+xml; charset=utf-8");
        });
    }

    /// <summary>Cards and badges are fetched by other sites and crawlers: cacheable for an hour, like the pages they show.</summary>
    private static void Shareable(HttpContext http) => http.Response.Headers.CacheControl = "public, max-age=3600";
}
