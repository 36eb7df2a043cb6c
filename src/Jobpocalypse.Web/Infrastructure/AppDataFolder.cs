namespace Jobpocalypse.Web.Infrastructure;

/// <summary>
/// The folder for everything the site writes (reference database, app database, outbox, keys): configuration
/// "AppData", relative to the content root, or <c>app-data/</c> beside the app so a fresh machine needs no set-up.
/// </summary>
public static class AppDataFolder
{
    public const string ConfigurationKey = "AppData";

    public static string Resolve(IConfiguration configuration, IHostEnvironment environment) =>
        configuration[ConfigurationKey] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, environment.ContentRootPath)
            : Path.Combine(environment.ContentRootPath, "app-data");
}
