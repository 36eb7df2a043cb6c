using System.Net;
using Jobpocalypse.Web.Tests.Infrastructure;
using Jobpocalypse.Web.Tests.Infrastructure.Postgres;

namespace Jobpocalypse.Web.Tests.Pages.Account;

public abstract class SignUpAndSignInTests(PaymentsSiteFactory site)
{
    private static string Errors(AngleSharp.Html.Dom.IHtmlDocument doc) => doc.QuerySelector(".form-errors")?.TextContent ?? "";

    [Fact]
    public async Task Sign_up_sends_the_reader_to_sign_in_and_then_the_header_links_to_the_account()
    {
        using var reader = new Reader(site);

        using var response = await reader.SignUpAsync();
        using var signIn = await reader.SignInAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in?signedUp=true", response.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/account", signIn.Headers.Location!.ToString());
        var account = await reader.GetDocumentAsync("/account");
        Assert.Contains(reader.Email, account.QuerySelector("main")!.TextContent);
        var nav = account.QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/account", nav);
        Assert.DoesNotContain("/account/sign-in", nav);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("jobpocalypse.auth="));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_anonymous_reader_sees_sign_in_in_the_header_and_account_asks_to_sign_in()
    {
        using var anonymous = new Reader(site);

        var home = await anonymous.GetDocumentAsync("/pro");
        using var account = await anonymous.Client.GetAsync("/account");

        Assert.Contains("/account/sign-in", home.QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")));
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
        Assert.Equal("http://localhost/account/sign-in?returnUrl=%2Faccount", account.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_taken_email_answers_like_a_new_one_and_a_short_password_is_a_form_error()
    {
        using var first = await Reader.SignedUpAsync(site);
        using var again = new Reader(site, first.Email.ToUpperInvariant());
        using var fresh = new Reader(site);
        using var shortPassword = new Reader(site);

        using var taken = await again.SignUpAsync();
        using var created = await fresh.SignUpAsync();
        using var tooShort = await shortPassword.SubmitAsync("/account/sign-up", "main form", new()
        {
            ["Input.Email"] = shortPassword.Email, ["Input.Password"] = "short", ["Input.ConfirmPassword"] = "short",
        });

        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal(created.Headers.Location, taken.Headers.Location);
        Assert.Equal(1, await AppDbQueries.CountAsync(site, "users", "normalized_email = @e", new { e = first.Email.ToUpperInvariant() }));
        await Outbox.DrainedAsync(site);
        Assert.Single(Outbox.MessagesTo(site, first.Email, "Someone tried to create a Jobpocalypse account with your address"));
        Assert.Single(Outbox.MessagesTo(site, fresh.Email, "Your Jobpocalypse account"));
        Assert.Equal(HttpStatusCode.OK, tooShort.StatusCode);
        Assert.Contains("at least 10 characters", Errors(await SiteFactory.ParseAsync(tooShort)));
        Assert.Equal(0, await AppDbQueries.CountAsync(site, "users", "normalized_email = @e", new { e = shortPassword.Email.ToUpperInvariant() }));
    }

    [Fact]
    public async Task Sign_in_with_the_right_password_works_and_a_wrong_one_fails_without_saying_which_part_was_wrong()
    {
        using var account = await Reader.SignedUpAsync(site);
        using var stranger = new Reader(site, account.Email);
        using var nobody = new Reader(site);

        using var wrong = await stranger.SignInAsync("not the password");
        using var unknown = await nobody.SignInAsync();
        using var right = await stranger.SignInAsync();

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var wrongMessage = Errors(await SiteFactory.ParseAsync(wrong));
        Assert.Contains("not right", wrongMessage);
        Assert.Equal(wrongMessage, Errors(await SiteFactory.ParseAsync(unknown)));
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/account", right.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Five_failures_make_that_client_wait_for_that_email_while_the_owner_elsewhere_signs_in()
    {
        using var owner = await Reader.SignedUpAsync(site);
        using var attacker = new Reader(site, owner.Email, clientAddress: "203.0.113.66");
        using var ownerElsewhere = new Reader(site, owner.Email, clientAddress: "198.51.100.20");

        for (var i = 0; i < 4; i++)
        {
            using var failed = await attacker.SignInAsync($"guess {i}");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }
        using var fifth = await attacker.SignInAsync("guess 5");
        using var rightFromAttacker = await attacker.SignInAsync();
        using var rightFromOwner = await ownerElsewhere.SignInAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, fifth.StatusCode);
        Assert.Contains("can be tried again from your connection in 1 minute", Errors(await SiteFactory.ParseAsync(fifth)));
        Assert.Equal(HttpStatusCode.TooManyRequests, rightFromAttacker.StatusCode); // the wait holds even for the right password
        Assert.Equal(HttpStatusCode.Redirect, rightFromOwner.StatusCode);
        Assert.Equal(0L, await AppDbQueries.ScalarAsync<long>(site, "SELECT count(*) FROM users WHERE normalized_email = @e AND lockout_end IS NOT NULL",
            new { e = owner.Email.ToUpperInvariant() }));

        // The wait passes with time, then doubles with each further failure.
        site.Time.Advance(TimeSpan.FromSeconds(31));
        using var afterWait = await attacker.SignInAsync("guess 6");
        Assert.Contains("in 1 minute", Errors(await SiteFactory.ParseAsync(afterWait)));
        Assert.Equal("60", afterWait.Headers.RetryAfter!.ToString());
    }

    [Fact]
    public async Task An_unknown_email_is_throttled_exactly_like_a_known_one()
    {
        using var owner = await Reader.SignedUpAsync(site);
        using var known = new Reader(site, owner.Email, clientAddress: "203.0.113.70");
        using var unknown = new Reader(site, clientAddress: "203.0.113.70");
        var answers = new List<(HttpStatusCode, string)>[] { [], [] };

        for (var i = 0; i < 6; i++)
        {
            foreach (var (reader, list) in new[] { (known, answers[0]), (unknown, answers[1]) })
            {
                using var response = await reader.SignInAsync($"guess {i}");
                list.Add((response.StatusCode, Errors(await SiteFactory.ParseAsync(response))));
            }
        }

        Assert.Equal(answers[0], answers[1]);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_with_400()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var form = new Dictionary<string, string> { ["Input.Email"] = reader.Email, ["Input.Password"] = reader.Password };

        using var signIn = await reader.Client.PostAsync("/account/sign-in", new FormUrlEncodedContent(form));
        using var subscribe = await reader.Client.PostAsync("/pro?handler=Subscribe", new FormUrlEncodedContent([]));
        using var signOut = await reader.Client.PostAsync("/account/sign-out", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, subscribe.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        using var stillSignedIn = await reader.Client.GetAsync("/account");
        Assert.Equal(HttpStatusCode.OK, stillSignedIn.StatusCode);
    }

    [Fact]
    public async Task Sign_out_is_a_post_that_ends_the_session()
    {
        using var reader = await Reader.SignedUpAsync(site);

        using var viaGet = await reader.Client.GetAsync("/account/sign-out");
        using (var stillIn = await reader.Client.GetAsync("/account")) Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        using var viaPost = await reader.SubmitAsync("/account", "form[action='/account/sign-out']", []);

        Assert.Equal(HttpStatusCode.OK, viaGet.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, viaPost.StatusCode);
        Assert.Equal("/", viaPost.Headers.Location!.ToString());
        using var after = await reader.Client.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/steal", "/account")]
    [InlineData("//evil.example", "/account")]
    [InlineData("/pro", "/pro")]
    [InlineData("/été?x=ü", "/%C3%A9t%C3%A9?x=%C3%BC")]
    public async Task Sign_in_returns_only_to_local_addresses(string returnUrl, string expected)
    {
        using var account = await Reader.SignedUpAsync(site);
        using var reader = new Reader(site, account.Email);

        using var response = await reader.SubmitAsync($"/account/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}", "main form", new()
        {
            ["Input.Email"] = reader.Email, ["Input.Password"] = reader.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/account/sign-up")]
    [InlineData("/account/forgot-password")]
    [InlineData("/pro")]
    [InlineData("/occupations/29-2072-medical-records-specialists/pdf")]
    public async Task Pages_with_forms_are_never_served_from_the_shared_cache(string path)
    {
        // A reader who already holds an antiforgery cookie gets a page without Set-Cookie: it must not be cached
        // and served to the next reader, whose post would then carry a token for someone else's cookie.
        using var first = new Reader(site);
        (await first.Client.GetAsync(path)).Dispose();
        (await first.Client.GetAsync(path)).Dispose();
        using var second = new Reader(site);

        using var page = await second.Client.GetAsync(path);

        Assert.Contains(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith("jobpocalypse.antiforgery="));
    }
}

[Collection(PaymentsCollection.Name)]
public sealed class SignUpAndSignInTestsOnSqlite(PaymentsSiteFactory site) : SignUpAndSignInTests(site);

[Collection(PostgresPaymentsCollection.Name), OnPostgres]
public sealed class SignUpAndSignInTestsOnPostgres(PostgresPaymentsSiteFactory site) : SignUpAndSignInTests(site);
