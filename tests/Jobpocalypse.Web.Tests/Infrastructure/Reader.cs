using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Jobpocalypse.Web.Tests.Infrastructure;

/// <summary>
/// One person using the site: a cookie-keeping client that fills in forms the way a browser does (the page's
/// own antiforgery token and hidden fields included), and signs up or in.
/// </summary>
public sealed class Reader : IDisposable
{
    public const string DefaultPassword = "correct horse battery";

    private readonly SiteFactory _site;

    public Reader(SiteFactory site, string? email = null, string baseAddress = "http://localhost", string? clientAddress = null)
    {
        _site = site;
        Email = email ?? $"reader-{Guid.NewGuid():N}@example.test";
        Client = site.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri(baseAddress),
        });
        if (clientAddress is not null) Client.DefaultRequestHeaders.Add(TestClientAddress.Header, clientAddress);
    }

    public HttpClient Client { get; }
    public string Email { get; }
    public string Password { get; private set; } = DefaultPassword;

    /// <summary>A reader with a new account, signed in (sign-up itself never signs in: it answers alike for taken addresses).</summary>
    public static async Task<Reader> SignedUpAsync(SiteFactory site)
    {
        var reader = new Reader(site);
        using (var response = await reader.SignUpAsync()) Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using (var signIn = await reader.SignInAsync()) Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return reader;
    }

    /// <summary>A new signed-in reader who bought Pro through the local test checkout (no Stripe).</summary>
    public static async Task<Reader> ProThroughLocalCheckoutAsync(LocalCheckoutSiteFactory site)
    {
        var reader = await SignedUpAsync(site);
        using var start = await reader.SubmitAsync("/pro", "[data-testid=pro-offer] form", []);
        Assert.Equal(HttpStatusCode.SeeOther, start.StatusCode);
        using var complete = await reader.SubmitAsync(start.Headers.Location!.ToString(), "main form", []);
        Assert.Equal(HttpStatusCode.SeeOther, complete.StatusCode);
        return reader;
    }

    /// <summary>A signed-in reader whose address is confirmed through the emailed link.</summary>
    public static async Task<Reader> ConfirmedAsync(SiteFactory site)
    {
        var reader = await SignedUpAsync(site);
        await reader.ConfirmEmailAsync();
        return reader;
    }

    /// <summary>Opens the last confirmation link mailed to this reader and presses its button.</summary>
    public async Task ConfirmEmailAsync()
    {
        var link = await Outbox.LastConfirmLinkAsync(_site, Email);
        using var confirmed = await SubmitAsync(link, "main form", []);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
    }

    public Task<HttpResponseMessage> SignUpAsync() => SubmitAsync("/account/sign-up", "main form", new()
    {
        ["Input.Email"] = Email,
        ["Input.Password"] = Password,
        ["Input.ConfirmPassword"] = Password,
    });

    public Task<HttpResponseMessage> SignInAsync(string? password = null) => SubmitAsync("/account/sign-in", "main form", new()
    {
        ["Input.Email"] = Email,
        ["Input.Password"] = password ?? Password,
    });

    public void PasswordChangedTo(string password) => Password = password;

    public async Task<string> UserIdAsync() =>
        await AppDbQueries.ScalarAsync<string>(_site, "SELECT id FROM users WHERE normalized_email = @email", new { email = Email.ToUpperInvariant() });

    public async Task<IHtmlDocument> GetDocumentAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}");
        return await SiteFactory.ParseAsync(response);
    }

    /// <summary>GETs the page, takes the form the selector finds, sets the given fields and posts it to its action.</summary>
    public Task<HttpResponseMessage> SubmitAsync(string pagePath, string formSelector, Dictionary<string, string> fields,
        string? submitterHandler = null) => SubmitAsync(Client, pagePath, formSelector, fields, submitterHandler);

    /// <summary>The same with any cookie-keeping client (a site in another process, or one kept across a restart).</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string pagePath, string formSelector,
        Dictionary<string, string> fields, string? submitterHandler = null)
    {
        IHtmlDocument page;
        using (var response = await client.GetAsync(pagePath))
        {
            Assert.True(response.IsSuccessStatusCode, $"GET {pagePath} answered {(int)response.StatusCode}");
            page = await SiteFactory.ParseAsync(response);
        }
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pagePath}");
        var values = form.QuerySelectorAll("input[name]").OfType<IHtmlInputElement>()
            .Where(i => i.Type is not ("checkbox" or "submit") || i.IsChecked)
            .GroupBy(i => i.Name!)
            .ToDictionary(g => g.Key, g => g.First().Value);
        foreach (var (name, value) in fields) values[name] = value;
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : pagePath;
        if (submitterHandler is not null)
            action = form.QuerySelector($"button[formaction*='handler={submitterHandler}']")?.GetAttribute("formaction") ?? action;
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public void Dispose() => Client.Dispose();
}
