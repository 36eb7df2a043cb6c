using System.Net;
using Jobpocalypse.Web.Tests.Infrastructure;

namespace Jobpocalypse.Web.Tests.Pages.Errors;

/// <summary>Requests an attacker crafts get a 4xx page that says what went wrong, never a 500, and change nothing half-way.</summary>
[Collection(PaymentsCollection.Name)]
public class CraftedInputTests(PaymentsSiteFactory site)
{
    [Fact]
    public async Task A_remember_me_that_is_not_a_boolean_is_a_400_form_that_says_so()
    {
        using var account = await Reader.SignedUpAsync(site);
        using var reader = new Reader(site, account.Email);

        using var response = await reader.SubmitAsync("/account/sign-in", "main form", new()
        {
            ["Input.Email"] = reader.Email, ["Input.Password"] = reader.Password, ["Input.RememberMe"] = "notabool",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await SiteFactory.ParseAsync(response);
        Assert.Contains("Keep me signed in", page.QuerySelector(".form-errors")!.TextContent);
        Assert.NotNull(page.QuerySelector("main form input[name='Input.Email']"));
    }

    [Fact]
    public async Task Sign_up_with_a_non_ascii_return_address_creates_the_account_and_redirects_with_it_encoded()
    {
        using var reader = new Reader(site);

        using var signUp = await reader.SubmitAsync("/account/sign-up?returnUrl=%2F%C3%A9t%C3%A9", "main form", new()
        {
            ["Input.Email"] = reader.Email, ["Input.Password"] = reader.Password, ["Input.ConfirmPassword"] = reader.Password,
        });
        using var signIn = await reader.SubmitAsync(signUp.Headers.Location!.ToString(), "main form", new()
        {
            ["Input.Email"] = reader.Email, ["Input.Password"] = reader.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, signUp.StatusCode);
        Assert.Equal("/account/sign-in?signedUp=true&returnUrl=%2F%25C3%25A9t%25C3%25A9", signUp.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/%C3%A9t%C3%A9", signIn.Headers.Location!.OriginalString);
        Assert.Equal(1, await AppDbQueries.CountAsync(site, "users", "normalized_email = @e", new { e = reader.Email.ToUpperInvariant() }));
    }

    [Theory]
    [InlineData("PUT", "/account/sign-in")]
    [InlineData("DELETE", "/account/sign-up")]
    [InlineData("PATCH", "/account/forgot-password")]
    [InlineData("PUT", "/pro")]
    [InlineData("DELETE", "/occupations/29-2072-medical-records-specialists/pdf")]
    [InlineData("PATCH", "/")]
    public async Task Other_methods_on_a_page_answer_405_with_words(string method, string path)
    {
        using var reader = new Reader(site);

        using var response = await reader.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = new FormUrlEncodedContent([]),
        });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "POST"], response.Content.Headers.Allow.Order());
        var page = await SiteFactory.ParseAsync(response);
        Assert.Equal("Method not allowed", page.QuerySelector("main h1")!.TextContent);
        Assert.Contains(method, page.QuerySelector("main p")!.TextContent);
    }
}
