using Jobpocalypse.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Jobpocalypse.BrowserTests.Infrastructure;

/// <summary>
/// The real site on Kestrel at 127.0.0.1 on a free port, so an out-of-process browser can reach it. Like the web
/// tests' factory it starts on a fresh temporary app-data folder (the reference database is built there from the
/// repository's data/ at start-up) and deletes the folder when disposed.
/// </summary>
public sealed class KestrelSiteFactory : WebApplicationFactory<Program>
{
    public KestrelSiteFactory() => UseKestrel(0);

    public string AppData { get; } = Directory.CreateTempSubdirectory("jobpocalypse-browser-").FullName;

    /// <summary>The address Kestrel bound, known once <see cref="WebApplicationFactory{T}.StartServer"/> returned.</summary>
    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("AppData", AppData);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Every journey posts from 127.0.0.1, one rate-limit partition: the default 10 posts a minute would refuse some.
        builder.UseSetting(FormRateLimiting.PermitKey, "100000");
        builder.UseSetting(FormRateLimiting.SearchPermitKey, "100000");
        // The purchase journeys use the local test checkout, which runs only when named.
        builder.UseSetting("Payments:Mode", "LocalTest");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(AppData, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
