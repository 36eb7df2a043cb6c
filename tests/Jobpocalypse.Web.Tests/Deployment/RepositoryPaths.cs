namespace Jobpocalypse.Web.Tests.Deployment;

/// <summary>The repository the tests were built from: the first folder above the test binaries holding the solution.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string ComposeFile => Path.Combine(Root, "docker-compose.yml");
    public static string EnvExample => Path.Combine(Root, ".env.example");
    public static string WebProject => Path.Combine(Root, "src", "Jobpocalypse.Web", "Jobpocalypse.Web.csproj");
    public static string CliProject => Path.Combine(Root, "src", "Jobpocalypse.Cli", "Jobpocalypse.Cli.csproj");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Jobpocalypse.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException($"No Jobpocalypse.sln above {AppContext.BaseDirectory}");
    }
}
