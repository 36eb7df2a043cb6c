using Jobpocalypse.Web.Infrastructure;

namespace Jobpocalypse.Web.AppDatabase;

public static class AppDatabaseExtensions
{
    /// <summary>Binds "AppDatabase" (Path defaults to &lt;AppData&gt;/app.db) and migrates the database before the first request.</summary>
    public static void AddAppDatabase(this WebApplicationBuilder builder)
    {
        var appData = AppDataFolder.Resolve(builder.Configuration, builder.Environment);
        builder.Services.AddOptions<AppDatabaseOptions>()
            .Bind(builder.Configuration.GetSection(AppDatabaseOptions.SectionName))
            .PostConfigure(o => o.Path = string.IsNullOrWhiteSpace(o.Path)
                ? Path.Combine(appData, "app.db")
                : Path.GetFullPath(o.Path, appData));
        builder.Services.AddSingleton<AppDb>();
        builder.Services.AddSingleton<AppDatabaseMigrator>();
        builder.Services.AddHostedService<AppDatabaseStartup>();
    }
}

/// <summary>Hosted services start before Kestrel accepts connections: no request sees an unmigrated database.</summary>
internal sealed class AppDatabaseStartup(AppDatabaseMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
