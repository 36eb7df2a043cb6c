using Jobpocalypse.Web.Seo;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Jobpocalypse.Web.Tests.Seo;

/// <summary>How the sitemap decides a section page exists, on hand-made route tables.</summary>
public class RouteCoverageTests
{
    [Theory]
    [InlineData("", "/", true)]                                  // a root Index page
    [InlineData("Pro", "/pro", true)]                            // Razor Pages keep the folder's case; matching ignores it
    [InlineData("categories/{slug}", "/categories/management", true)]
    [InlineData("categories/{slug}", "/categories", false)]
    [InlineData("occupations/{slug}", "/occupations", false)]
    [InlineData("status/{code:int}", "/status/404", true)]
    [InlineData("methodology", "/sources", false)]
    public void Serves_a_path_its_get_routes_match(string route, string path, bool served)
    {
        var routes = new RouteCoverage(Table(Endpoint(route)));

        Assert.Equal(served, routes.Serves(path));
    }

    [Fact]
    public void A_post_only_route_does_not_serve_a_page()
    {
        var routes = new RouteCoverage(Table(Endpoint("pro", new HttpMethodMetadata([HttpMethods.Post]))));

        Assert.False(routes.Serves("/pro"));
    }

    [Fact]
    public void A_catch_all_route_proves_nothing()
    {
        var routes = new RouteCoverage(Table(Endpoint("{**path}")));

        Assert.False(routes.Serves("/pro"));
    }

    private static RouteEndpoint Endpoint(string route, params object[] metadata) =>
        new(_ => Task.CompletedTask, RoutePatternFactory.Parse(route), 0, new EndpointMetadataCollection(metadata), route);

    private static EndpointDataSource Table(params Endpoint[] endpoints) => new DefaultEndpointDataSource(endpoints);
}
