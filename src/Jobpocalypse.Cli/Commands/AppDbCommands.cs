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
