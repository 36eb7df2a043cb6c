using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Web.Seo;

/// <summary>The site-relative paths the sitemap lists, in reading order: sections, categories, then every report.</summary>
public static class SitemapPaths
{
    /// <summary>The site's fixed sections, listed when their page is routed.</summary>
    public static readonly IReadOnlyList<string> Sections = ["/", "/occupations", "/categories", "/methodology", "/sources", "/pro"];

    public static IEnumerable<string> For(ReferenceSnapshot snapshot, RouteCoverage routes)
    {
        foreach (var section in Sections)
        {
            if (routes.Serves(section)) yield return section;
        }

        var categoryPaths = snapshot.Categories.Select(c => $"/categories/{c.Slug}").ToList();
        // One check stands for all: every category page comes from the same route.
        if (categoryPaths.Count > 0 && routes.Serves(categoryPaths[0]))
        {
            foreach (var path in categoryPaths) yield return path;
        }

        foreach (var occupation in snapshot.Occupations) yield return occupation.Url;
    }
}
