using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Me;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Reports;

namespace Jobpocalypse.Web.Cards;

/// <summary>
/// GET /occupations/{slug}/card.png (the 1200×630 share card the report's og:image names) and
/// GET /occupations/{slug}/badge.svg (the embeddable badge). Unknown occupation → 404. GET /me/card.png?t=…&amp;level=…
/// is the card of a personal report's share link; a link that does not parse → 400 with the reason.
/// </summary>
public static class CardEndpoints
{
    public static string CardPath(OccupationEntry entry) => $"{entry.Url}/card.png";
    public static string BadgePath(OccupationEntry entry) => $"{entry.Url}/badge.svg";
    public static string PersonalCardPath(PersonalSelection selection) => $"/me/card.png?{ShareLink.Query(selection)}";

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
        app.MapGet("/me/card.png", (string? t, string? level, HttpContext http, ReferenceStore reference, ShareCardCache cards) =>
        {
            var catalog = PersonalCatalog.Of(reference.Current);
            if (catalog.Read(t, level, out var error) is not { } selection)
                return Results.BadRequest($"This personal report link cannot be read. {error}");
            Shareable(http);
            return Results.File(cards.Get(ShareLink.For(selection), catalog.Snapshot,
                () => ShareCard.For(PersonalReport.Build(selection, catalog))), "image/png");
        }).CacheOutput(policy => policy.NoCache()); // the site's cache varies by q only; the card cache above is keyed by the whole link
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
