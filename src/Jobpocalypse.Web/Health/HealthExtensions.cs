using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Jobpocalypse.Web.Health;

public static class HealthExtensions
{
    private const string ReadyTag = "ready";

    public static void AddSiteHealthChecks(this IServiceCollection services) =>
        services.AddSingleton<AppDatabaseHealthCheck>().AddHealthChecks()
            .AddCheck<ReferenceDatasetHealthCheck>("reference-dataset", tags: [ReadyTag])
            .AddCheck<AppDatabaseHealthCheck>("app-database", tags: [ReadyTag]);

    /// <summary>
    /// /healthz: the process answers (liveness). /readyz: every dependency is usable, as JSON (readiness). Both are
    /// answered fresh every time: the site's output cache would otherwise keep a probe's answer for an hour.
    /// </summary>
    public static void MapSiteHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false })
            .DisableHttpMetrics()
            .CacheOutput(policy => policy.NoCache());
        app.MapHealthChecks("/readyz", new HealthCheckOptions
            {
                Predicate = check => check.Tags.Contains(ReadyTag),
                ResponseWriter = WriteJsonAsync,
            })
            .CacheOutput(policy => policy.NoCache());
    }

    private static Task WriteJsonAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data,
            }),
        }, cancellationToken: context.RequestAborted);
    }
}
