using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;

namespace Jobpocalypse.Web.Seo;

/// <summary>
/// Answers whether the app has a GET endpoint whose route matches a path. The sitemap lists a site section only
/// when its page is routed, so it never advertises an address that answers 404 (each section is its own feature
/// and may be absent from a build).
/// </summary>
public sealed class RouteCoverage(EndpointDataSource endpoints)
{
    public bool Serves(string path) => endpoints.Endpoints
        .OfType<RouteEndpoint>()
        .Where(AnswersGet)
        .Any(e => Matches(e.RoutePattern, path));

    private static bool AnswersGet(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods
        || methods.HttpMethods.Count == 0
        || methods.HttpMethods.Contains(HttpMethods.Get, StringComparer.OrdinalIgnoreCase);

    private static bool Matches(RoutePattern pattern, string path)
    {
        // Catch-all routes would "match" anything and prove nothing about a particular page.
        if (pattern.Parameters.Any(p => p.IsCatchAll)) return false;
        var matcher = new TemplateMatcher(new RouteTemplate(pattern), new RouteValueDictionary(pattern.Defaults));
        return matcher.TryMatch(path, new RouteValueDictionary());
    }
}
