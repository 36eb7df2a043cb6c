using System.Net;
using Jobpocalypse.Web.Tests.Infrastructure;
using Jobpocalypse.Web.Tests.Infrastructure.Postgres;

namespace Jobpocalypse.Web.Tests.Pages.Account;

public abstract class PasswordResetTests(PaymentsSiteFactory site)
{
    private const string NewPassword = "a brand new passphrase";

    private static Task<HttpResponseMessage> AskAsync(Reader reader) =>
        reader.SubmitAsync("/account/forgot-password", "main form", new() { ["Input.Email"] = reader.Email });

    private static Task<HttpResponseMessage> ResetAsync(Reader reader, string link, string password = NewPassword) =>
        reader.SubmitAsync(link, "main form", new() { ["Input.Password"] = password, ["Input.ConfirmPassword"] = password });

    [Fact]
    public async Task Forgot_password_answers_the_same_for_an_unknown_address_and_sends_nothing()
    {
        using var account = await Reader.ConfirmedAsync(site);
        using var nobody = new Reader(site);

        using var known = await AskAsync(new Reader(site, account.Email));
        using var unknown = await AskAsync(nobody);

        var knownText = (await SiteFactory.ParseAsync(known)).QuerySelector("[data-testid=reset-sent]")!.TextContent;
        var unknownText = (await SiteFactory.ParseAsync(unknown)).QuerySelector("[data-testid=reset-sent]")!.TextContent;
        Assert.Equal(knownText, unknownText);
        await Outbox.DrainedAsync(site);
        Assert.Single(Outbox.MessagesTo(site, account.Email, Outbox.ResetSubject));
        Assert.Empty(Outbox.MessagesTo(site, nobody.Email));
    }

    [Fact]
    public async Task The_emailed_link_sets_a_new_password_once()
    {
        using var reader = await Reader.ConfirmedAsync(site);
        await AskAsync(reader);
        var link = await Outbox.SingleResetLinkAsync(site, reader.Email);

        var form = await reader.GetDocumentAsync(link);
        using var reset = await ResetAsync(reader, link);
        using var again = await ResetAsync(reader, link, "yet another passphrase");

        Assert.NotNull(form.QuerySelector("input[name='Input.Token']"));
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal("/account/sign-in?reset=true", reset.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("not valid", (await SiteFactory.ParseAsync(again)).QuerySelector(".form-errors")!.TextContent);

        using var oldPassword = new Reader(site, reader.Email);
        using (var refused = await oldPassword.SignInAsync()) Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        using var newPassword = new Reader(site, reader.Email);
        using var accepted = await newPassword.SignInAsync(NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Fact]
    public async Task A_link_expires_after_two_hours()
    {
        using var reader = await Reader.ConfirmedAsync(site);
        await AskAsync(reader);
        var link = await Outbox.SingleResetLinkAsync(site, reader.Email);
        Assert.Contains("expires in 2 hours", Outbox.MessagesTo(site, reader.Email, Outbox.ResetSubject).Single());

        site.Time.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        using var late = await ResetAsync(reader, link);

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("not valid", (await SiteFactory.ParseAsync(late)).QuerySelector(".form-errors")!.TextContent);
    }

    [Fact]
    public async Task A_link_just_inside_two_hours_still_works()
    {
        using var reader = await Reader.ConfirmedAsync(site);
        await AskAsync(reader);
        var link = await Outbox.SingleResetLinkAsync(site, reader.Email);

        site.Time.Advance(TimeSpan.FromHours(2) - TimeSpan.FromMinutes(1));
        using var reset = await ResetAsync(reader, link);

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
    }

    [Fact]
    public async Task A_tampered_or_foreign_token_is_refused()
    {
        using var victim = await Reader.ConfirmedAsync(site);
        using var attacker = await Reader.ConfirmedAsync(site);
        await AskAsync(attacker);
        var attackerLink = await Outbox.SingleResetLinkAsync(site, attacker.Email);
        var victimId = await victim.UserIdAsync();
        var attackerId = await attacker.UserIdAsync();

        using var foreign = await ResetAsync(attacker, attackerLink.Replace(attackerId, victimId));
        using var garbled = await ResetAsync(attacker, attackerLink[..^6] + "AAAAAA");

        Assert.Contains("not valid", (await SiteFactory.ParseAsync(foreign)).QuerySelector(".form-errors")!.TextContent);
        Assert.Contains("not valid", (await SiteFactory.ParseAsync(garbled)).QuerySelector(".form-errors")!.TextContent);
        using var victimStill = new Reader(site, victim.Email);
        using var signIn = await victimStill.SignInAsync();
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task A_reset_lifts_the_sign_in_wait_on_the_account()
    {
        using var reader = await Reader.ConfirmedAsync(site);
        using var guesser = new Reader(site, reader.Email);
        for (var i = 0; i < 6; i++) (await guesser.SignInAsync($"guess {i}")).Dispose();
        using (var waiting = await new Reader(site, reader.Email).SignInAsync()) Assert.Equal(HttpStatusCode.TooManyRequests, waiting.StatusCode);
        await AskAsync(reader);

        using var reset = await ResetAsync(reader, await Outbox.SingleResetLinkAsync(site, reader.Email));
        using var signIn = await new Reader(site, reader.Email).SignInAsync(NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }
}

[Collection(PaymentsCollection.Name)]
public sealed class PasswordResetTestsOnSqlite(PaymentsSiteFactory site) : PasswordResetTests(site);

[Collection(PostgresPaymentsCollection.Name), OnPostgres]
public sealed class PasswordResetTestsOnPostgres(PostgresPaymentsSiteFactory site) : PasswordResetTests(site);
