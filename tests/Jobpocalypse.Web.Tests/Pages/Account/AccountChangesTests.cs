using System.Net;
using Jobpocalypse.Web.Tests.Infrastructure;
using Jobpocalypse.Web.Tests.Infrastructure.Postgres;

namespace Jobpocalypse.Web.Tests.Pages.Account;

/// <summary>Changing the password and the email while signed in, and what happens to other sessions.</summary>
public abstract class AccountChangesTests(PaymentsSiteFactory site)
{
    private const string NewPassword = "a different passphrase";

    private static Task<HttpResponseMessage> ChangePasswordAsync(Reader reader, string current, string next = NewPassword) =>
        reader.SubmitAsync("/account/password", "main form", new()
        {
            ["Input.CurrentPassword"] = current, ["Input.NewPassword"] = next, ["Input.ConfirmPassword"] = next,
        });

    private static Task<HttpResponseMessage> ChangeEmailAsync(Reader reader, string newEmail, string? password = null) =>
        reader.SubmitAsync("/account/email", "main form", new()
        {
            ["Input.NewEmail"] = newEmail, ["Input.CurrentPassword"] = password ?? reader.Password,
        });

    private static async Task<HttpStatusCode> AccountPageAsync(Reader reader)
    {
        using var response = await reader.Client.GetAsync("/account");
        return response.StatusCode;
    }

    [Fact]
    public async Task A_wrong_current_password_changes_nothing()
    {
        using var reader = await Reader.SignedUpAsync(site);
        using var wrong = await ChangePasswordAsync(reader, "not the password at all");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("current password is not right", (await SiteFactory.ParseAsync(wrong)).QuerySelector(".form-errors")!.TextContent);
        using var again = new Reader(site, reader.Email);
        using var signIn = await again.SignInAsync();
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task A_password_change_keeps_this_session_and_refuses_the_old_cookie_of_another()
    {
        using var here = await Reader.SignedUpAsync(site);
        using var elsewhere = new Reader(site, here.Email);
        using (var signIn = await elsewhere.SignInAsync()) Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await AccountPageAsync(elsewhere));

        using var changed = await ChangePasswordAsync(here, here.Password);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("/account?done=password", changed.Headers.Location!.ToString());

        Assert.Equal(HttpStatusCode.OK, await AccountPageAsync(here));
        Assert.Equal(HttpStatusCode.Redirect, await AccountPageAsync(elsewhere)); // to sign-in: the old cookie is refused
        using var oldPassword = new Reader(site, here.Email);
        using (var refused = await oldPassword.SignInAsync()) Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        using (var accepted = await oldPassword.SignInAsync(NewPassword)) Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        await Outbox.DrainedAsync(site);
        Assert.Single(Outbox.MessagesTo(site, here.Email, "Your Jobpocalypse password was changed"));
    }

    [Fact]
    public async Task A_change_to_a_taken_address_answers_alike_and_takes_nothing_over()
    {
        using var owner = await Reader.SignedUpAsync(site);
        using var reader = await Reader.SignedUpAsync(site);
        using var other = await Reader.SignedUpAsync(site);
        var free = $"free-{Guid.NewGuid():N}@example.test";

        using var toTaken = await ChangeEmailAsync(reader, owner.Email);
        using var toFree = await ChangeEmailAsync(other, free);
        Assert.Equal(toFree.StatusCode, toTaken.StatusCode);
        Assert.Equal(toFree.Headers.Location, toTaken.Headers.Location);
        var answerTaken = (await reader.GetDocumentAsync(toTaken.Headers.Location!.ToString())).QuerySelector("[role=status]")!.TextContent;
        var answerFree = (await other.GetDocumentAsync(toFree.Headers.Location!.ToString())).QuerySelector("[role=status]")!.TextContent;
        Assert.Equal(answerFree, answerTaken);

        await Outbox.DrainedAsync(site);
        Assert.Single(Outbox.MessagesTo(site, owner.Email, "Someone tried to move a Jobpocalypse account to your address"));
        Assert.Empty(Outbox.MessagesTo(site, owner.Email, Outbox.ChangeSubject));
        Assert.Equal(0, await AppDbQueries.CountAsync(site, "account_tokens", "email = @Email AND purpose = 'change-email'", new { owner.Email }));
        Assert.Equal(reader.Email, await AppDbQueries.ScalarAsync<string>(site, "SELECT email FROM users WHERE id = @id", new { id = await reader.UserIdAsync() }));
        using var ownerAgain = new Reader(site, owner.Email);
        using (var signIn = await ownerAgain.SignInAsync()) Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task A_change_takes_effect_from_the_new_inbox_tells_the_old_one_and_signs_sessions_out()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var id = await reader.UserIdAsync();
        var newEmail = $"moved-{Guid.NewGuid():N}@example.test";
        using (var wrong = await ChangeEmailAsync(reader, newEmail, "not the password at all")) Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        using (var asked = await ChangeEmailAsync(reader, newEmail)) Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal(reader.Email, await AppDbQueries.ScalarAsync<string>(site, "SELECT email FROM users WHERE id = @id", new { id }));

        var link = await Outbox.LastConfirmLinkAsync(site, newEmail, Outbox.ChangeSubject);
        using var stranger = new Reader(site); // the link alone proves the new mailbox: no session needed
        using (var done = await stranger.SubmitAsync(link, "main form", []))
            Assert.NotNull((await SiteFactory.ParseAsync(done)).QuerySelector("[data-testid=email-changed]"));
        using (var reused = await stranger.SubmitAsync(link, "main form", [])) Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);

        Assert.Equal(newEmail, await AppDbQueries.ScalarAsync<string>(site, "SELECT email FROM users WHERE id = @id", new { id }));
        Assert.True(await AppDbQueries.ScalarAsync<bool>(site, "SELECT email_confirmed FROM users WHERE id = @id", new { id }));
        Assert.Equal(HttpStatusCode.Redirect, await AccountPageAsync(reader));
        await Outbox.DrainedAsync(site);
        Assert.Contains(newEmail, Assert.Single(Outbox.MessagesTo(site, reader.Email, "The email address of your Jobpocalypse account was changed")));
        using var moved = new Reader(site, newEmail);
        using (var signIn = await moved.SignInAsync(reader.Password)) Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task The_forms_need_a_session_and_the_antiforgery_token()
    {
        using var anonymous = site.CreateBrowserlessClient();
        foreach (var path in new[] { "/account/password", "/account/email", "/account/export", "/account/delete" })
        {
            using var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery);
        }
        using var reader = await Reader.SignedUpAsync(site);
        using var forged = await reader.Client.PostAsync("/account/delete", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = reader.Password, ["Input.Understood"] = "true",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(1, await AppDbQueries.CountAsync(site, "users", "email = @Email", new { reader.Email }));
    }
}

[Collection(PaymentsCollection.Name)]
public sealed class AccountChangesTestsOnSqlite(PaymentsSiteFactory site) : AccountChangesTests(site);

[Collection(PostgresPaymentsCollection.Name), OnPostgres]
public sealed class AccountChangesTestsOnPostgres(PostgresPaymentsSiteFactory site) : AccountChangesTests(site);
