using AngleSharp;
using AngleSharp.Html.Dom;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Tests.Infrastructure.Postgres;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.Web.Tests.Infrastructure;

/// <summary>
/// The site on a fresh temporary app-data folder, deleted with the factory. It reads the run's shared reference
/// database (<see cref="SharedReferenceDatabase"/>), checked against data/ at start-up as on any machine; a factory
/// that overrides <see cref="UsesSharedReferenceDatabase"/> builds its own in its app-data folder, as a new machine does.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    private readonly bool _ownsAppData;

    public SiteFactory() : this(Directory.CreateTempSubdirectory("jobpocalypse-tests-").FullName, ownsAppData: true)
    {
    }

    /// <summary>The site on an existing app-data folder, left in place when disposed (restart and restore tests).</summary>
    protected SiteFactory(string appData) : this(appData, ownsAppData: false)
    {
    }

    private SiteFactory(string appData, bool ownsAppData)
    {
        AppData = appData;
        _ownsAppData = ownsAppData;
    }

    public string AppData { get; }

    /// <summary>True for the Postgres twins: the app database is a database of this host's own on the run's cluster.</summary>
    protected virtual bool OnPostgres => false;

    /// <summary>The host's Postgres database, or null when its app database is the SQLite file in <see cref="AppData"/>.</summary>
    public string? PostgresConnectionString { get; private set; }

    /// <summary>False for a host that edits its data/ or tests where the database goes: it builds its own.</summary>
    protected virtual bool UsesSharedReferenceDatabase => true;

    /// <summary>
    /// PBKDF2 rounds for the passwords this host hashes. A thousand, not the site's 100,000 (Identity's default, which
    /// the site keeps): hashing was the largest single cost of the run, and what these tests check of a password is
    /// what it unlocks, not its hashing cost. Null keeps the site's own, for the tests that time the hashing.
    /// </summary>
    protected virtual int? PasswordHashIterations => 1_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // As Development does for `dotnet run`: a singleton that captures a scoped service fails here, not on a reader's machine.
        builder.UseDefaultServiceProvider(o => { o.ValidateScopes = true; o.ValidateOnBuild = true; });
        builder.UseSetting("AppData", AppData);
        if (OnPostgres)
        {
            PostgresConnectionString ??= PostgresCluster.CreateDatabase();
            builder.UseSetting("AppDatabase:Provider", "Postgres");
            builder.UseSetting("AppDatabase:ConnectionString", PostgresConnectionString);
        }
        if (UsesSharedReferenceDatabase) builder.UseSetting("Dataset:DatabasePath", SharedReferenceDatabase.Path);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Health:ReadyToken", ReadyToken);
        // Shared factories serve many test classes' searches within a minute; the rate-limit tests set their own.
        builder.UseSetting(FormRateLimiting.SearchPermitKey, "100000");
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, TestClientAddress>());
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<SnapshotLoader>(SharedReferenceDatabase.LoadSnapshotAsync);
            if (PasswordHashIterations is { } iterations) services.Configure<PasswordHasherOptions>(o => o.IterationCount = iterations);
            // A host on a data folder of its own (edited inputs) builds its own database: the shared one is never rebuilt.
            services.AddOptions<DatasetOptions>().PostConfigure<Microsoft.Extensions.Configuration.IConfiguration>((o, config) =>
            {
                if (o.DatabasePath == SharedReferenceDatabase.Path && o.ResolveSourcePath() != Path.GetFullPath(DataFolder.Locate()))
                    o.DatabasePath = Path.Combine(config[AppDataFolder.ConfigurationKey] ?? AppData, "reference.db");
            });
        });
    }

    public const string ReadyToken = "test-ready-token";

    public HttpClient CreateBrowserlessClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<IHtmlDocument> GetDocumentAsync(string path)
    {
        using var client = CreateBrowserlessClient();
        using var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}");
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!_ownsAppData) return;
        try { Directory.Delete(AppData, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFactory>
{
    public const string Name = "site";
}
