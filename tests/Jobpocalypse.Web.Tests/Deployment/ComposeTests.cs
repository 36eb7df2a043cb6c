using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jobpocalypse.Dataset.Tests;
using Jobpocalypse.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Jobpocalypse.Web.Tests.Deployment;

/// <summary>
/// The deployment as written: the compose file validates, and the app published in Release runs with the compose
/// file's own environment (container paths mapped to temporary folders, as the image lays them out), serves a
/// ready site, logs JSON to the console and to the volume, and refreshes its dataset on SIGHUP.
/// </summary>
[Collection(ProcessCollection.Name)]
[Trait("Category", "Process")]
public partial class ComposeTests(ITestOutputHelper log)
{
    private const string ReportPath = "/occupations/29-2072-medical-records-specialists";
    // The configuration the site was compiled in for this run (the test project's own), published without a rebuild.
#if DEBUG
    private const string BuildConfiguration = "Debug";
#else
    private const string BuildConfiguration = "Release";
#endif

    [DeployToolFact]
    public async Task The_compose_file_is_valid_with_the_example_settings()
    {
        var result = await DeployTools.ComposeAsync("config", "-q");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal("", result.Error.Trim());
    }

    [DeployToolFact]
    public async Task The_scale_profile_is_valid_and_runs_web_instances_on_one_postgres_behind_caddy()
    {
        var result = await DeployTools.ComposeAsync("--profile", "scale", "config");

        Assert.True(result.ExitCode == 0, result.Error);
        var web = ComposeConfig.ServiceEnvironment(result.Output, "web");
        var app = ComposeConfig.ServiceEnvironment(result.Output, "app");
        Assert.Equal("Postgres", web["AppDatabase__Provider"]);
        Assert.StartsWith("Host=postgres;", web["AppDatabase__ConnectionString"]);
        Assert.False(app.ContainsKey("AppDatabase__Provider")); // the single container stays on SQLite
        // Every other setting is the single container's, so both deployments behave alike.
        Assert.All(app.Where(e => e.Key != "Logging__File__Path"), e => Assert.Equal(e.Value, web[e.Key]));
        Assert.Contains("  postgres:", result.Output);
        Assert.Contains("/deploy/Caddyfile:/etc/caddy/Caddyfile:ro", result.Output);
        Assert.Contains("dynamic a web 8080", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "deploy", "Caddyfile")));
    }

    [Fact]
    public void Every_setting_the_compose_file_reads_is_in_the_example_and_the_reverse()
    {
        var read = ComposeVariable().Matches(File.ReadAllText(RepositoryPaths.ComposeFile)).Select(m => m.Groups[1].Value).ToHashSet();
        var example = File.ReadAllLines(RepositoryPaths.EnvExample)
            .Where(l => l.Contains('=') && !l.TrimStart().StartsWith('#'))
            .Select(l => l[..l.IndexOf('=')].Trim())
            .ToHashSet();

        Assert.Equal(read.Order(), example.Order());
    }

    [DeployToolFact]
    public async Task The_published_app_runs_with_the_compose_environment()
    {
        using var root = new TempFolder();
        var app = root.File("app");
        var appData = Directory.CreateDirectory(root.File("app-data")).FullName;

        // The app service's environment as compose resolves it, container paths mapped to the folders here.
        var config = await DeployTools.ComposeAsync("config");
        Assert.True(config.ExitCode == 0, config.Error);
        var composed = ComposeConfig.ServiceEnvironment(config.Output, "app");
        Assert.Equal("Production", composed["ASPNETCORE_ENVIRONMENT"]);
        var environment = composed.ToDictionary(e => e.Key, e => ComposeConfig.MapPath(e.Value, app, appData));
        environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";

        // What the image build does (Dockerfile): publish the site and, beside it in cli/, the command line, copy data/,
        // build the reference database with the command line. The image publishes in Release; here the build this test
        // run already compiled is published as it is (--no-build), which lays out the same files without compiling
        // both projects a second time, alone, at the end of the run. One in-process build node (-m:1): a publish without
        // a build has nothing to run in parallel, and starting a second MSBuild process costs about a core-second.
        var publish = await ToolResult.RunAsync("dotnet", ["publish", RepositoryPaths.WebProject, "-c", BuildConfiguration, "--no-build", "-m:1", "-o", app, "--nologo"],
            RepositoryPaths.Root, TimeSpan.FromMinutes(8));
        Assert.True(publish.ExitCode == 0, publish.Output + publish.Error);
        var cli = Path.Combine(app, "cli");
        var publishCli = await ToolResult.RunAsync("dotnet", ["publish", RepositoryPaths.CliProject, "-c", BuildConfiguration, "--no-build", "-m:1", "-o", cli, "--nologo"],
            RepositoryPaths.Root, TimeSpan.FromMinutes(8));
        Assert.True(publishCli.ExitCode == 0, publishCli.Output + publishCli.Error);
        var data = DatasetTestData.CopyDataTo(Path.Combine(app, "data"));
        Assert.Equal(data, environment["Dataset__SourcePath"]);
        var dockerfile = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Dockerfile"));
        Assert.Contains("-o /app/cli", dockerfile);
        Assert.Contains($"dotnet /app/cli/Jobpocalypse.Cli.dll build-dataset --data /src/data --out {composed["Dataset__DatabasePath"]}", dockerfile);
        var dll = Path.Combine(app, "Jobpocalypse.Web.dll");
        var (built, buildOutput) = await WebAppProcess.RunAsync(["build-dataset", "--data", data, "--out", environment["Dataset__DatabasePath"]],
            new Dictionary<string, string>(), app, TimeSpan.FromMinutes(2), Path.Combine(cli, "Jobpocalypse.Cli.dll"));
        Assert.True(built == 0, buildOutput);

        await using var site = WebAppProcess.Start([], environment, app, dll);
        using var client = DeploymentHttp.Client(await site.WaitUntilListeningAsync(TimeSpan.FromSeconds(90)));

        var version = await ReadyVersionAsync(client);
        Assert.Equal(DatasetBuilder.ComputeVersion(data), version);
        using (var report = await client.GetAsync(ReportPath)) Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        using (var live = await client.GetAsync("/healthz")) Assert.Equal(HttpStatusCode.OK, live.StatusCode);

        // Console: every line is a JSON event; the request line carries its RequestId.
        var requestLine = await site.WaitForLineAsync(l => l.Contains($"\"RequestPath\":\"{ReportPath}\""), TimeSpan.FromSeconds(10));
        var consoleEvents = site.Lines.Select(l => JsonDocument.Parse(l)).ToList(); // throws on a line that is not JSON
        Assert.NotEmpty(consoleEvents);
        using (var request = JsonDocument.Parse(requestLine))
        {
            Assert.StartsWith("HTTP ", request.RootElement.GetProperty("@m").GetString());
            Assert.False(string.IsNullOrEmpty(request.RootElement.GetProperty("RequestId").GetString()));
        }
        // The rolling file on the app-data volume holds the same events.
        var logFile = Assert.Single(Directory.GetFiles(Path.Combine(appData, "logs"), "jobpocalypse-*.log"));
        var fileLines = ReadShared(logFile).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(fileLines, l => JsonDocument.Parse(l).Dispose());
        Assert.Contains(fileLines, l => l.Contains($"\"RequestPath\":\"{ReportPath}\"") && l.Contains("\"RequestId\":"));
        // So are the app database and the data-protection keys.
        Assert.True(File.Exists(Path.Combine(appData, "app.db")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(appData, "keys"), "*.xml"));

        // Dataset refresh: replace an input in the mapped data folder, send SIGHUP, wait for /readyz to say so.
        File.AppendAllText(Path.Combine(data, "editorial", "29-2072.00.json"), "\n", new UTF8Encoding(false));
        var expected = DatasetBuilder.ComputeVersion(data);
        Assert.NotEqual(version, expected);
        var refresh = Stopwatch.StartNew();
        site.SendSighup();
        while ((version = await ReadyVersionAsync(client)) != expected)
        {
            Assert.True(refresh.Elapsed < TimeSpan.FromSeconds(90), $"Still serving {version} after SIGHUP:\n{site.Output}");
            await Task.Delay(200);
        }
        log.WriteLine($"SIGHUP to new version on /readyz: {refresh.ElapsedMilliseconds} ms");
        // The cached report is not served from the old dataset: its footer names the new version.
        var footer = (await SiteFactory.ParseAsync(await client.GetAsync(ReportPath))).QuerySelector("footer code")!.TextContent;
        Assert.Matches("^[0-9a-f]{12}$", footer);
        Assert.StartsWith(footer, expected);
        Assert.Contains(site.Lines, l => l.Contains("Dataset refresh: serving") && l.Contains(footer));

        site.SendSigterm();
        Assert.Equal(0, await site.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        foreach (var e in consoleEvents) e.Dispose();
    }

    /// <summary>/readyz must answer 200 with both checks healthy; returns the dataset version it reports.</summary>
    private static async Task<string> ReadyVersionAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/readyz");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        var checks = json.RootElement.GetProperty("checks");
        Assert.Equal(["app-database", "reference-dataset"], checks.EnumerateObject().Select(c => c.Name).Order());
        Assert.All(checks.EnumerateObject(), c => Assert.Equal("Healthy", c.Value.GetProperty("status").GetString()));
        return checks.GetProperty("reference-dataset").GetProperty("data").GetProperty("version").GetString()!;
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\$\{([A-Z0-9_]+)")]
    private static partial Regex ComposeVariable();
}
