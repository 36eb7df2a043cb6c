using System.Diagnostics;
using System.Net;
using Jobpocalypse.Dataset.Tests;
using Jobpocalypse.Web.Tests.Infrastructure;

namespace Jobpocalypse.Web.Tests.Deployment;

/// <summary>
/// The site as a child process, killed with SIGKILL in the middle of an account deletion: after every row of the
/// account has been deleted inside the transaction, before the commit (the Testing-only pause marker makes the
/// moment certain). The database must hold the whole account afterwards, and a deletion after the restart removes it all.
/// </summary>
[Collection(ProcessCollection.Name)]
[Trait("Category", "Process")]
public sealed class AccountDeletionKillTests(PrebuiltReference reference) : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly TempFolder _appData = new();

    private string AppDb => Path.Combine(_appData.Path, "app.db");
    private string Marker => Path.Combine(_appData.Path, "deletion-paused");

    public void Dispose() => _appData.Dispose();

    private WebAppProcess StartSite(bool pauseDeletion)
    {
        var environment = reference.SiteEnvironment(_appData.Path);
        if (pauseDeletion) environment["Accounts__DeletionPauseMarker"] = Marker;
        return WebAppProcess.Start([], environment, _appData.Path);
    }

    private Task<long> CountAsync(string table, string where, object parameters) =>
        DeploymentHttp.ScalarAsync<long>(AppDb, $"SELECT count(*) FROM {table} WHERE {where}", parameters);

    private async Task<(long Users, long Tokens, long Mail)> RowsOfAsync(string userId, string email) => (
        await CountAsync("users", "id = @userId", new { userId }),
        await CountAsync("account_tokens", "user_id = @userId", new { userId }),
        await CountAsync("mail_outbox", "to_address = @email", new { email }));

    private static Task<HttpResponseMessage> DeleteAsync(HttpClient client) =>
        Reader.SubmitAsync(client, "/account/delete", "main form", new()
        {
            ["Input.CurrentPassword"] = Reader.DefaultPassword,
            ["Input.Understood"] = "true",
        });

    [Fact]
    public async Task Killed_mid_deletion_the_account_is_whole_and_a_later_deletion_removes_all_of_it()
    {
        var email = $"kill-{Guid.NewGuid():N}@example.test";
        string userId;
        (long Users, long Tokens, long Mail) before;
        await using (var site = StartSite(pauseDeletion: true))
        {
            using var client = DeploymentHttp.Client(await site.WaitUntilListeningAsync(StartTimeout));
            await DeploymentHttp.SignUpAsync(client, email);
            userId = await DeploymentHttp.ScalarAsync<string>(AppDb, "SELECT id FROM users WHERE email = @email", new { email });
            await Until(async () => await CountAsync("account_tokens", "user_id = @userId", new { userId }) == 1, "the confirmation link");
            before = await RowsOfAsync(userId, email);
            Assert.Equal((1L, 1L, 1L), before);

            var deletion = DeleteAsync(client);
            await Until(() => Task.FromResult(File.Exists(Marker)), "the deletion to reach its commit");
            await site.KillHardAsync();
            await Assert.ThrowsAsync<HttpRequestException>(() => deletion);
        }

        Assert.Equal(before, await RowsOfAsync(userId, email));
        Assert.Equal("ok", await DeploymentHttp.ScalarAsync<string>(AppDb, "PRAGMA integrity_check"));

        await using (var site = StartSite(pauseDeletion: false))
        {
            using var client = DeploymentHttp.Client(await site.WaitUntilListeningAsync(StartTimeout));
            using (var signIn = await Reader.SubmitAsync(client, "/account/sign-in", "main form", new()
                   {
                       ["Input.Email"] = email, ["Input.Password"] = Reader.DefaultPassword,
                   }))
                Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            using var deleted = await DeleteAsync(client);
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }
        Assert.Equal((0L, 0L, 0L), await RowsOfAsync(userId, email));
    }

    private static async Task Until(Func<Task<bool>> condition, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), $"Timed out waiting for {what}");
            await Task.Delay(50);
        }
    }
}
