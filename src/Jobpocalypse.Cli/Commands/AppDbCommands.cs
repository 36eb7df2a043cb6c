using System.CommandLine;
using Jobpocalypse.Web.AppDatabase;

namespace Jobpocalypse.Cli.Commands;

/// <summary>
/// <c>backup-app-db --out &lt;file&gt; [--db &lt;app.db&gt;] [--overwrite]</c>: the command-line shell of
/// <see cref="AppDatabaseBackup"/> (safe while the site runs: the copy is one consistent moment of the database).
/// </summary>
internal static class BackupAppDbCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Where to write the backup (its folder is created)", Required = true, HelpName = "file" };
        var database = CommandOptions.AppDatabase("The app database");
        var overwrite = new Option<bool>("--overwrite") { Description = "Replace the --out file if it exists (default: refuse)" };
        var command = new Command(AppDatabaseBackup.Name,
            "Backs up the app database (accounts, purchases); safe while the site runs: the copy is one consistent moment")
        {
            output, database, overwrite,
        };
        command.SetAction((parsed, ct) => AppDatabaseBackup.RunAsync(parsed.GetValue(output)!, parsed.GetValue(database), parsed.GetValue(overwrite),
            parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, ct));
        return command;
    }
}

/// <summary><c>restore-app-db --from &lt;backup&gt; [--db &lt;app.db&gt;]</c>: the command-line shell of <see cref="AppDatabaseRestore"/>.</summary>
internal static class RestoreAppDbCommand
{
    public static Command Create(TimeProvider time)
    {
        var from = new Option<string>("--from") { Description = "A file written by backup-app-db", Required = true, HelpName = "file" };
        var database = CommandOptions.AppDatabase("The app database to replace");
        var command = new Command(AppDatabaseRestore.Name, """
            Puts a backup in place of the app database. Stop the site first: the command refuses while anything has the
            database open. The database it replaces is kept beside it as <app.db>.pre-restore-<time>.
            """)
        {
            from, database,
        };
        command.SetAction((parsed, ct) => AppDatabaseRestore.RunAsync(parsed.GetValue(from)!, parsed.GetValue(database),
            parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, time, ct));
        return command;
    }
}

/// <summary><c>migrate-app-db --from &lt;app.db&gt; [--to &lt;connection string&gt;] [--keys &lt;dir&gt;]</c>: the shell of <see cref="AppDatabaseMove"/>.</summary>
internal static class MigrateAppDbCommand
{
    public static Command Create(TimeProvider time)
    {
        var from = new Option<string>("--from") { Description = "The SQLite app database to copy (stop the site first)", Required = true, HelpName = "app.db" };
        var to = new Option<string?>("--to")
        {
            Description = "The empty Postgres database, as an Npgsql connection string (default: the site's AppDatabase:ConnectionString)",
            HelpName = "connection",
        };
        var keys = new Option<string?>("--keys") { Description = "The data-protection keys folder (default: keys/ beside --from)", HelpName = "dir" };
        var command = new Command(AppDatabaseMove.Name, """
            Copies a SQLite app database and its data-protection keys into an empty PostgreSQL database, in one
            transaction, so readers keep their accounts, purchases and sign-ins when the site scales out.
            """)
        {
            from, to, keys,
        };
        command.SetAction((parsed, ct) => AppDatabaseMove.RunAsync(parsed.GetValue(from)!, parsed.GetValue(to), parsed.GetValue(keys),
            parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, time, ct));
        return command;
    }
}
