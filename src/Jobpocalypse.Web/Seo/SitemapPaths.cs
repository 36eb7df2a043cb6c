using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Web.Seo;

/// <summary>The site-relative paths the sitemap lists, in reading order: sections, categories, then every report.</summary>
public static class SitemapPaths
{
    /// <summary>The site's fixed sections (a test requests every sitemap URL and expects 200).</summary>
    public static readonly IReadOnlyList<string> Sections = ["/", "/occupations", "/categories", "/me", "/methodology", "/sources", "/pro"];

    public static IEnumerable<string> For(ReferenceSnapshot snapshot) =>
        Sections
            .Concat(snapshot.Categories.Select(c => $"/categories/{c.Slug}"))
            .Concat(snapshot.Occupations.Select(o => o.Url));
}
