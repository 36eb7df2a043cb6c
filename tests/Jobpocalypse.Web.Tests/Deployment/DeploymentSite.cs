using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Jobpocalypse.Web.Tests.Deployment;

/// <summary>
/// The site in this process on a given app-data folder, which it leaves in place (a second host can start on it),
/// with the shared prebuilt reference database and any extra settings. With <c>kestrel</c> it serves on
/// 127.0.0.1 at a free port (call <c>StartServer()</c>, then use <see cref="BaseAddress"/>), so requests come from
/// a real socket and are answered while other processes work on the same files.
/// </summary>
public sealed class DeploymentSite : SiteFactory
{
    private readonly PrebuiltReference _reference;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly string? _environment;

    public DeploymentSite(string appData, PrebuiltReference reference, bool kestrel = false,
        IReadOnlyDictionary<string, string>? settings = null, string? environment = null) : base(appData)
    {
        _reference = reference;
        _settings = settings ?? new Dictionary<string, string>();
        _environment = environment;
        if (kestrel) UseKestrel(0);
    }

    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Dataset:SourcePath", _reference.DataFolder);
        builder.UseSetting("Dataset:DatabasePath", _reference.DatabasePath);
        builder.UseSetting(FormRateLimiting.PermitKey, "100000");
        // The restart tests buy through the local test checkout, which runs only when named (never in Production).
        if (_environment is null) builder.UseSetting("Payments:Mode", "LocalTest");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        if (_environment is not null) builder.UseEnvironment(_environment);
    }
}
