using Jobpocalypse.Web.Infrastructure;

namespace Jobpocalypse.Web.Reference;

public static class ReferenceExtensions
{
    /// <summary>
    /// Binds "Dataset" (SourcePath defaults to the repository's data/ folder, DatabasePath to app-data/reference.db)
    /// and loads the snapshot before the server takes its first request.
    /// </summary>
    public static void AddReferenceData(this WebApplicationBuilder builder)
    {
        var appData = AppDataFolder.Resolve(builder.Configuration, builder.Environment);
        builder.Services.AddOptions<DatasetOptions>()
            .Bind(builder.Configuration.GetSection(DatasetOptions.SectionName))
            .PostConfigure(o => o.DatabasePath = string.IsNullOrEmpty(o.DatabasePath)
                ? Path.Combine(appData, "reference.db")
                : Path.GetFullPath(o.DatabasePath, appData));
        builder.Services.AddSingleton<SnapshotLoader>(ReferenceLoader.LoadAsync);
        builder.Services.AddSingleton<ReferenceStore>();
        builder.Services.AddHostedService<ReferenceStartup>();
        builder.Services.AddSingleton<DatasetRefreshOnSignal>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DatasetRefreshOnSignal>());
    }
}

/// <summary>Hosted services start before Kestrel accepts connections, so no request sees an unloaded store.</summary>
internal sealed class ReferenceStartup(ReferenceStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.LoadAsync(cancellationToken);
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
