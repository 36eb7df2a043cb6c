using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Jobpocalypse.Web.Infrastructure;

public static class LoggingExtensions
{
    private const string TextTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {RequestId}{NewLine}{Exception}";

    /// <summary>
    /// Serilog, framework noise at Warning. Console as text in Development and Testing, as JSON elsewhere; a daily
    /// rolling JSON file when Logging:File:Path is set (the deployment puts it on the app-data volume). Sinks
    /// registered in DI are added too (tests capture events that way). No bootstrap logger: test hosts share the process.
    /// </summary>
    public static void AddSiteLogging(this WebApplicationBuilder builder)
    {
        var json = !builder.Environment.IsDevelopment() && !builder.Environment.IsEnvironment("Testing");
        var file = builder.Configuration["Logging:File:Path"] is { Length: > 0 } path
            ? Path.GetFullPath(path, builder.Environment.ContentRootPath)
            : null;
        builder.Services.AddSerilog((services, logger) =>
        {
            logger
                .MinimumLevel.Information()
                .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
                .MinimumLevel.Override("System", LogEventLevel.Warning)
                // Keeps "Now listening on: http://…" so a fresh `dotnet run` prints the local URL.
                .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext();
            // Console and file are written by one background thread: under load, request threads queuing on the
            // console's lock were a large share of a cached page's time. A full queue makes writers wait (never drops a
            // line); disposing the logger at shutdown flushes it.
            logger.WriteTo.Async(sinks =>
            {
                if (json) sinks.Console(new RenderedCompactJsonFormatter());
                else sinks.Console(outputTemplate: TextTemplate);
                if (file is not null)
                    sinks.File(new RenderedCompactJsonFormatter(), file, rollingInterval: RollingInterval.Day,
                        retainedFileCountLimit: 14, fileSizeLimitBytes: 100_000_000, rollOnFileSizeLimit: true);
            }, blockWhenFull: true);
        }, preserveStaticLogger: true);
    }

    /// <summary>One line per request: method, path (no query string), status, time. Nothing about the person.</summary>
    public static void UseSiteLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            // Without this the middleware writes to the static Log.Logger, which preserveStaticLogger leaves silent.
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
        });
    }
}
