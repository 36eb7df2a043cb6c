using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Dapper;
using Npgsql;

namespace Jobpocalypse.Web.Tests.Infrastructure.Postgres;

/// <summary>
/// One throwaway PostgreSQL cluster per test run, in a temporary folder on a free loopback port, started by the first
/// test that asks (initdb + pg_ctl from Debian's <c>postgresql</c> package; no Docker) and stopped when the run ends.
/// Every test host gets a database of its own (<see cref="CreateDatabase"/>). Durability is switched off: a crashed
/// run loses only its throwaway data. initdb refuses root, so as root the server runs as the <c>postgres</c> user.
/// </summary>
public static class PostgresCluster
{
    public const string RequireVariable = "JOBPOCALYPSE_REQUIRE_POSTGRES";
    private const string FolderPrefix = "jobpocalypse-pg-";

    private static readonly Lazy<Server> Started = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>The folder with initdb and pg_ctl: the PATH's, else the newest under /usr/lib/postgresql.</summary>
    public static string? BinFolder { get; } = FindBinFolder();

    public static string MissingMessage =>
        "PostgreSQL is not installed: `apt-get install -y postgresql` (Debian's package; the tests start their own throwaway cluster).";

    /// <summary>Why the Postgres twins of the account and payment tests are skipped, or null when they run.</summary>
    public static string? SkipReason => Required || BinFolder is not null
        ? null
        : $"{MissingMessage} Set {RequireVariable}=1 to make this a failure instead of a skip.";

    /// <summary>A new empty database on the run's cluster, and its connection string.</summary>
    public static string CreateDatabase()
    {
        var server = Started.Value;
        var name = "jobpocalypse_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(server.ConnectionString("postgres")))
        {
            connection.Open();
            connection.Execute($"CREATE DATABASE {name}");
        }
        return server.ConnectionString(name);
    }

    private sealed record Server(int Port)
    {
        public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, Pooling = true, MaxPoolSize = 20,
        }.ToString();
    }

    private static Server Start()
    {
        var bin = BinFolder ?? throw new InvalidOperationException(MissingMessage);
        RemoveStoppedClusters();
        var folder = Directory.CreateTempSubdirectory(FolderPrefix).FullName;
        var data = Path.Combine(folder, "data");
        var asRoot = Environment.UserName == "root";
        if (asRoot) Run("chown", ["postgres:postgres", folder], asPostgres: false);
        var port = FreePort();
        Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], asRoot);
        Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o",
            $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
            "start"], asRoot);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], asRoot); } catch (InvalidOperationException) { }
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        return new Server(port);
    }

    /// <summary>
    /// Deletes the folders of earlier runs' clusters that are stopped. The exit handler stops the server, but the test
    /// host can be ended before it has also deleted the folder (about 90 MB each). A running server, another run's,
    /// has its postmaster.pid; a folder written to in the last ten minutes may be one still being set up.
    /// </summary>
    private static void RemoveStoppedClusters()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            if (File.Exists(Path.Combine(folder, "data", "postmaster.pid"))) continue;
            if (DateTime.UtcNow - Directory.GetLastWriteTimeUtc(folder) < TimeSpan.FromMinutes(10)) continue;
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static void Run(string program, IReadOnlyList<string> args, bool asPostgres)
    {
        // runuser (util-linux, on every Debian) switches to the postgres user without a password or a login shell.
        var start = asPostgres ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", program, .. args]) : new ProcessStartInfo(program, args);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2))) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {error.Result}{output.Result}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? FindBinFolder()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "initdb"))
            .FirstOrDefault(File.Exists);
        if (onPath is not null) return Path.GetDirectoryName(Path.GetFullPath(new FileInfo(onPath).ResolveLinkTarget(true)?.FullName ?? onPath));
        // Debian installs the binaries under /usr/lib/postgresql/<version>/bin, off the PATH.
        return Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(v => Path.Combine(v, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var n) ? n : 0)
                .FirstOrDefault()
            : null;
    }
}
