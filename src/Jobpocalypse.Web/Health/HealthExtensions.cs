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

    public const string TokenKey = "Health:ReadyToken";
    public const string TokenHeader = "X-Ready-Token";

    /// <summary>
    /// /healthz: the process answers (liveness). /readyz: every dependency is usable (readiness): its status code and
    /// overall status for anyone, each check's detail (dataset version, schema, errors) only to a loopback caller (the
    /// container's own health check, the operator on the host) or one sending Health:ReadyToken in X-Ready-Token. Both
    /// are answered fresh every time: the site's output cache would otherwise keep a probe's answer for an hour.
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
        if (!MaySeeDetail(context))
            return JsonSerializer.SerializeAsync(context.Response.Body, new { status = report.Status.ToString() },
                cancellationToken: context.RequestAborted);
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

    public static bool MaySeeDetail(HttpContext context)
    {
        // Forwarded headers have already replaced a trusted proxy's address with the reader's, so a proxied visitor is not loopback.
        if (context.Connection.RemoteIpAddress is { } ip && System.Net.IPAddress.IsLoopback(ip)) return true;
        var token = context.RequestServices.GetRequiredService<IConfiguration>()[TokenKey];
        if (string.IsNullOrEmpty(token)) return false;
        var sent = context.Request.Headers[TokenHeader].ToString();
        return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(sent), System.Text.Encoding.UTF8.GetBytes(token));
    }
}
