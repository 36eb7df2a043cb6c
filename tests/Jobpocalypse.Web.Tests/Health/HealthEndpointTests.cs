using System.Net;
using System.Text.Json;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.Web.Tests.Health;

[Collection(SiteCollection.Name)]
public class HealthEndpointTests(SiteFactory site)
{
    [Fact]
    public async Task Liveness_answers_healthy()
    {
        using var client = site.CreateBrowserlessClient();

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readiness_reports_each_dependency_and_the_dataset_version()
    {
        using var client = site.CreateBrowserlessClient();

        using var response = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        var reference = json.RootElement.GetProperty("checks").GetProperty("reference-dataset");
        Assert.Equal(site.Services.GetRequiredService<ReferenceStore>().Current.Version,
            reference.GetProperty("data").GetProperty("version").GetString());
    }
}
