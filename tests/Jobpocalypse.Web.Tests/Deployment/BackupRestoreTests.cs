using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Jobpocalypse.Dataset.Tests;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Xunit.Abstractions;
using static Jobpocalypse.Web.Tests.Payments.PaymentsFlow;

namespace Jobpocalypse.Web.Tests.Deployment;

/// <summary>
/// An online backup taken by the <c>backup-app-db</c> command (a separate process, like a cron job) while the site
/// serves readers on Kestrel who sign up and buy PDFs, restored with <c>restore-app-db</c> into a new app-data
/// folder: the restored database is the backup, row for row, and a site started on it knows those readers and
/// what they bought.
/// </summary>
[Collection(DeploymentCollection.Name)]
[Trait("Category", "Process")]
public partial class BackupRestoreTests(PrebuiltReference reference, ITestOutputHelper log)
{
    private static readonly string[] Tables = ["users", "subscriptions", "purchases", "processed_webhook_events", "test_checkout_sessions", "schema_migrations"];

    private sealed record Buyer(string Email);

    [Fact]
    public async Task A_backup_taken_under_load_restores_into_a_site_that_knows_its_readers_and_purchases()
    {
        using var live = new TempFolder();
        using var restored = new TempFolder();
        using var backups = new TempFolder();
        var backup = backups.File("nightly", "app.db");
        var liveDb = Path.Combine(live.Path, "app.db");
        var buyers = new ConcurrentQueue<Buyer>();
        var completed = 0;
        var writes = 0; // sign-ups and purchases: each one a write the backup runs beside

        await using (var site = new DeploymentSite(live.Path, reference, kestrel: true))
        {
            site.StartServer();
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(120)); // bounded, whatever happens

            // Each worker: a new reader signs up and buys a PDF through the local test checkout, again and again.
            async Task Worker()
            {
                for (var round = 0; round < 40 && !stop.IsCancellationRequested; round++)
                {
                    using var client = DeploymentHttp.Client(site.BaseAddress);
                    var email = $"backup-{Guid.NewGuid():N}@example.test";
                    await DeploymentHttp.SignUpAsync(client, email);
                    Interlocked.Increment(ref writes);
                    using var start = await Reader.SubmitAsync(client, PdfUrl, "[data-testid=pdf-offer] form", []);
                    Assert.Equal(HttpStatusCode.SeeOther, start.StatusCode);
                    using var complete = await Reader.SubmitAsync(client, start.Headers.Location!.ToString(), "main form", []);
                    Assert.Equal(HttpStatusCode.SeeOther, complete.StatusCode);
                    buyers.Enqueue(new Buyer(email));
                    Interlocked.Increment(ref completed);
                    Interlocked.Increment(ref writes);
                }
            }
            var workers = Enumerable.Range(0, 3).Select(_ => Task.Run(Worker)).ToList();

            await Until(() => Volatile.Read(ref completed) >= 6 || workers.Any(w => w.IsFaulted), stop.Token);
            // The backup takes a fraction of a second; on a busy run the readers' next write can fall just outside it.
            // Writers blocked by the backup would write nothing beside any attempt, so a second attempt decides.
            int before, during, writesDuring, code;
            string output;
            var attempt = 0;
            do
            {
                before = Volatile.Read(ref completed);
                var writesBefore = Volatile.Read(ref writes);
                (code, output) = await WebAppProcess.RunAsync(["backup-app-db", "--db", liveDb, "--out", backup, "--overwrite"],
                    new Dictionary<string, string>(), backups.Path, TimeSpan.FromSeconds(60));
                during = Volatile.Read(ref completed) - before;
                writesDuring = Volatile.Read(ref writes) - writesBefore;
            }
            while (++attempt < 2 && code == 0 && writesDuring == 0);
            // Let the readers carry on past the backup, then stop them.
            await Until(() => Volatile.Read(ref completed) >= before + during + 4 || workers.Any(w => w.IsFaulted), stop.Token);
            stop.Cancel();
            await Task.WhenAll(workers);

            log.WriteLine(output);
            log.WriteLine($"checkouts completed: {before} before the backup started, {during} while it ran, {Volatile.Read(ref completed)} in all; " +
                $"{writesDuring} sign-ups and purchases while it ran");
            Assert.True(code == 0, output);
            // The backup process starts and copies in well under a second, so what counts is that readers kept writing
            // (signing up or buying) while it ran, not that a whole purchase fitted in.
            Assert.True(writesDuring > 0, "no reader signed up or bought while the backup ran: it did not run under load");
            // It says where the file is and how big.
            var size = SizeLine().Match(output);
            Assert.True(size.Success, output);
            Assert.Equal(backup, size.Groups["file"].Value);
            Assert.Equal(new FileInfo(backup).Length, long.Parse(size.Groups["bytes"].Value));
        }

        // The backup is one consistent moment: every completed checkout has both its purchase and its key.
        Assert.Equal(0, await DeploymentHttp.ScalarAsync<long>(backup, """
            SELECT count(*) FROM purchases p
            WHERE NOT EXISTS (SELECT 1 FROM processed_webhook_events e WHERE e.event_id = 'test_checkout:' || p.checkout_session_id)
            """));
        Assert.Equal(0, await DeploymentHttp.ScalarAsync<long>(backup, """
            SELECT count(*) FROM processed_webhook_events e
            WHERE NOT EXISTS (SELECT 1 FROM purchases p WHERE e.event_id = 'test_checkout:' || p.checkout_session_id)
            """));
        var backedUpUsers = (await DeploymentHttp.QueryAsync<string>(backup, "SELECT email FROM users")).ToHashSet();
        var liveUsers = (await DeploymentHttp.QueryAsync<string>(liveDb, "SELECT email FROM users")).ToHashSet();
        var backedUpBuyers = (await DeploymentHttp.QueryAsync<string>(backup,
            "SELECT u.email FROM users u JOIN purchases p ON p.user_id = u.id WHERE p.status = 'paid'")).ToHashSet();
        Assert.NotEmpty(backedUpBuyers);
        Assert.Subset(liveUsers, backedUpUsers);
        Assert.True(liveUsers.Count > backedUpUsers.Count, "the site wrote nothing after the backup");

        // Restore through the site's configuration (AppData), as the README's procedure does.
        var (restoreCode, restoreOutput) = await WebAppProcess.RunAsync(["restore-app-db", "--from", backup],
            new Dictionary<string, string> { ["AppData"] = restored.Path }, backups.Path, TimeSpan.FromSeconds(60));
        Assert.True(restoreCode == 0, restoreOutput);
        var restoredDb = Path.Combine(restored.Path, "app.db");
        var expected = DatasetTestData.TableDumps(backup);
        Assert.Equal(expected, DatasetTestData.TableDumps(restoredDb));
        Assert.Superset(Tables.ToHashSet(), expected.Keys.ToHashSet());
        Assert.Equal(DatasetTestData.FileHash(backup), DatasetTestData.FileHash(restoredDb));

        var inBackup = buyers.First(b => backedUpBuyers.Contains(b.Email));
        var afterBackup = buyers.First(b => !backedUpUsers.Contains(b.Email));
        await using var site2 = new DeploymentSite(restored.Path, reference);
        using (var client = site2.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler()))
        {
            using var signIn = await SignInAsync(client, inBackup.Email);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            var account = await SiteFactory.ParseAsync(await client.GetAsync("/account"));
            Assert.Contains(Title, account.QuerySelector("[data-testid=purchases]")!.TextContent);
            using var download = await client.GetAsync(DownloadUrl);
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        }
        using (var client = site2.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler()))
        {
            // Signed up after the backup: unknown to the restored site.
            using var signIn = await SignInAsync(client, afterBackup.Email);
            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        }
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email) =>
        Reader.SubmitAsync(client, "/account/sign-in", "main form", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Reader.DefaultPassword,
        });

    private static async Task Until(Func<bool> condition, CancellationToken ct)
    {
        while (!condition())
        {
            ct.ThrowIfCancellationRequested();
            await Task.Delay(20, ct);
        }
    }

    [GeneratedRegex(@"to (?<file>\S+): [\d.]+ [KM]B \((?<bytes>\d+) bytes\)")]
    private static partial Regex SizeLine();
}
