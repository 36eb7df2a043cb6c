using System.Diagnostics;
using Dapper;
using Npgsql;

namespace Jobpocalypse.Web.AppDatabase;

/// <summary>
/// pg_dump and pg_restore (Debian's <c>postgresql-client</c>) for the backup and restore commands on Postgres. The
/// connection goes to them as libpq environment variables, never on a command line where ps would show a password.
/// </summary>
internal static class PostgresTools
{
    /// <summary>A custom-format dump of the database (one consistent snapshot; the site keeps serving) written to <paramref name="target"/>.</summary>
    public static Task DumpAsync(string connectionString, string target, CancellationToken ct) =>
        RunAsync("pg_dump", ["--format=custom", "--no-owner", "--file", target], connectionString, ct);

    /// <summary>
    /// Replaces every app table with the dump's, in one transaction: a failure leaves the database as it was.
    /// </summary>
    public static async Task RestoreAsync(string connectionString, string backup, CancellationToken ct)
    {
        await EnsureNotInUseAsync(connectionString, ct);
        await RunAsync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error",
            "--dbname", new NpgsqlConnectionStringBuilder(connectionString).Database ?? "", backup], connectionString, ct);
    }

    /// <summary>As for SQLite, a restore under running instances is refused: they would write between drop and load.</summary>
    private static async Task EnsureNotInUseAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        var others = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", cancellationToken: ct));
        if (others > 0)
            throw new BackupFileException($"{others} other connection(s) have the database open: stop every instance first");
    }

    private static async Task RunAsync(string tool, IReadOnlyList<string> args, string connectionString, CancellationToken ct)
    {
        var c = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Locate(tool), args) { RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["PGHOST"] = c.Host ?? "localhost";
        start.Environment["PGPORT"] = c.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGDATABASE"] = c.Database ?? "";
        if (c.Username is { } user) start.Environment["PGUSER"] = user;
        if (c.Password is { } password) start.Environment["PGPASSWORD"] = password;
        using var process = Process.Start(start) ?? throw new BackupFileException($"{tool} did not start");
        var error = process.StandardError.ReadToEndAsync(ct);
        _ = process.StandardOutput.ReadToEndAsync(ct);
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        if (process.ExitCode != 0) throw new BackupFileException($"{tool} failed ({process.ExitCode}): {(await error).Trim()}");
    }

    /// <summary>The tool on the PATH, else the newest under /usr/lib/postgresql/&lt;version&gt;/bin (Debian's layout).</summary>
    private static string Locate(string tool)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, tool))
            .FirstOrDefault(File.Exists);
        if (onPath is not null) return onPath;
        var versioned = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin", tool)).Where(File.Exists).Order().LastOrDefault()
            : null;
        return versioned ?? throw new BackupFileException($"{tool} is not installed: `apt-get install -y postgresql-client`");
    }
}
