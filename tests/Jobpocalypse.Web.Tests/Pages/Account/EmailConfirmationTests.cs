using System.Net;
using Jobpocalypse.Web.Tests.Infrastructure;
using Jobpocalypse.Web.Tests.Infrastructure.Postgres;

namespace Jobpocalypse.Web.Tests.Pages.Account;

/// <summary>The sign-up confirmation link: single-use, expiring, replaced by a re-send; and the mail that waits for it.</summary>
public abstract class EmailConfirmationTests(PaymentsSiteFactory site)
{
    private static Task<bool> ConfirmedAsync(PaymentsSiteFactory site, Reader reader) =>
        AppDbQueries.ScalarAsync<bool>(site, "SELECT email_confirmed FROM users WHERE email = @Email", new { reader.Email });

    private static async Task<HttpResponseMessage> PressAsync(Reader reader, string link) =>
        await reader.SubmitAsync(link, "main form", []);

    [Fact]
    public async Task Sign_up_mails_a_link_that_confirms_the_address_once()
    {
        using var reader = await Reader.SignedUpAsync(site);
        Assert.False(await ConfirmedAsync(site, reader));
        var link = await Outbox.LastConfirmLinkAsync(site, reader.Email);

        // Opening the link (as a mail scanner would) changes nothing; the button does.
        using (var opened = await reader.Client.GetAsync(link))
        {
            Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
            Assert.Equal("no-referrer", opened.Headers.GetValues("Referrer-Policy").Single());
            // The button posts the token in the body only, to the bare path.
            Assert.Equal("/account/confirm-email", (await SiteFactory.ParseAsync(opened)).QuerySelector("main form")!.GetAttribute("action"));
        }
        Assert.False(await ConfirmedAsync(site, reader));
        using var first = await PressAsync(reader, link);
        Assert.NotNull((await SiteFactory.ParseAsync(first)).QuerySelector("[data-testid=email-confirmed]"));
        Assert.True(await ConfirmedAsync(site, reader));
        Assert.Equal(1, await AppDbQueries.CountAsync(site, "account_tokens", "used_at IS NOT NULL AND user_id = @id", new { id = await reader.UserIdAsync() }));

        using var reused = await PressAsync(reader, link);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.NotNull((await SiteFactory.ParseAsync(reused)).QuerySelector("[data-testid=link-invalid]"));
        var account = await reader.GetDocumentAsync("/account");
        Assert.Contains("is confirmed", account.QuerySelector("[data-testid=email-state]")!.TextContent);
    }

    [Fact]
    public async Task The_token_is_stored_only_as_a_hash()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var link = await Outbox.LastConfirmLinkAsync(site, reader.Email);
        var token = Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..]);
        var stored = await AppDbQueries.ScalarAsync<string>(site, "SELECT token_hash FROM account_tokens WHERE user_id = @id", new { id = await reader.UserIdAsync() });
        Assert.NotEqual(token, stored);
        Assert.DoesNotContain(token, stored, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(64, stored.Length);
    }

    [Fact]
    public async Task A_link_expires_after_a_day_and_a_made_up_one_is_refused()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var link = await Outbox.LastConfirmLinkAsync(site, reader.Email);
        site.Time.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));

        using var expired = await PressAsync(reader, link);
        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        Assert.False(await ConfirmedAsync(site, reader));
        using var madeUp = await PressAsync(reader, "/account/confirm-email?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        Assert.Equal(HttpStatusCode.BadRequest, madeUp.StatusCode);
        using var empty = await reader.Client.GetAsync("/account/confirm-email");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task A_reset_of_an_unconfirmed_account_waits_and_goes_out_on_confirmation()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var link = await Outbox.LastConfirmLinkAsync(site, reader.Email);
        using (await reader.SubmitAsync("/account/forgot-password", "main form", new() { ["Input.Email"] = reader.Email })) { }
        await Outbox.DrainedAsync(site);
        Assert.Empty(Outbox.MessagesTo(site, reader.Email, Outbox.ResetSubject));
        Assert.Equal(1, await AppDbQueries.CountAsync(site, "mail_outbox", "to_address = @Email AND outcome = 'held'", new { reader.Email }));
        var account = await reader.GetDocumentAsync("/account");
        Assert.Contains("not confirmed yet", account.QuerySelector("[data-testid=email-state]")!.TextContent);

        using (var confirmed = await PressAsync(reader, link)) Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        await Outbox.DrainedAsync(site);
        Assert.Single(Outbox.MessagesTo(site, reader.Email, Outbox.ResetSubject));
    }

    [Fact]
    public async Task Re_sending_replaces_the_old_link_and_is_limited_to_one_per_five_minutes()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var first = await Outbox.LastConfirmLinkAsync(site, reader.Email);

        using (var tooSoon = await reader.SubmitAsync("/account", "form[action*='handler=Resend']", []))
            Assert.Equal(HttpStatusCode.TooManyRequests, tooSoon.StatusCode);
        site.Time.Advance(TimeSpan.FromMinutes(6));
        using (var resent = await reader.SubmitAsync("/account", "form[action*='handler=Resend']", []))
            Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        var second = await Outbox.LastConfirmLinkAsync(site, reader.Email);
        Assert.NotEqual(first, second);

        using (var old = await PressAsync(reader, first)) Assert.Equal(HttpStatusCode.BadRequest, old.StatusCode);
        using (var current = await PressAsync(reader, second)) Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.True(await ConfirmedAsync(site, reader));
    }

    [Fact]
    public async Task Two_presses_at_once_use_the_link_once()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var link = await Outbox.LastConfirmLinkAsync(site, reader.Email);
        using var other = new Reader(site, reader.Email);

        var answers = await Task.WhenAll(PressAsync(reader, link), PressAsync(other, link));
        try
        {
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.BadRequest], answers.Select(a => a.StatusCode).Order());
        }
        finally
        {
            foreach (var answer in answers) answer.Dispose();
        }
        Assert.Equal(1, await AppDbQueries.CountAsync(site, "account_tokens", "used_at IS NOT NULL AND user_id = @id", new { id = await reader.UserIdAsync() }));
    }
}

[Collection(PaymentsCollection.Name)]
public sealed class EmailConfirmationTestsOnSqlite(PaymentsSiteFactory site) : EmailConfirmationTests(site);

[Collection(PostgresPaymentsCollection.Name), OnPostgres]
public sealed class EmailConfirmationTestsOnPostgres(PostgresPaymentsSiteFactory site) : EmailConfirmationTests(site);
