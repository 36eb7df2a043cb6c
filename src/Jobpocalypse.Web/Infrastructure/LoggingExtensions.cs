using Serilog;
using Serilog.Events;

namespace Jobpocalypse.Web.Infrastructure;

public static class LoggingExtensions
{
    /// <summary>Serilog from configuration, framework noise at Warning. No bootstrap logger: test hosts share the process.</summary>
    public static void AddSiteLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("System", LogEventLevel.Warning)
            // Keeps "Now listening on: http://…" so a fresh `dotnet run` prints the local URL.
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {RequestId}{NewLine}{Exception}"),
            preserveStaticLogger: true);
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
