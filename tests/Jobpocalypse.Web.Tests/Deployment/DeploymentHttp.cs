using System.Net;
using System.Text;
using Dapper;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Jobpocalypse.Web.Tests.Deployment;

/// <summary>Talking to a site over real HTTP (a child process or Kestrel), and reading its app database directly.</summary>
public static class DeploymentHttp
{
    /// <summary>A browser-like client for a site at <paramref name="baseAddress"/>: keeps cookies, follows no redirect.</summary>
    public static HttpClient Client(Uri baseAddress, CookieContainer? cookies = null) =>
        new(new SocketsHttpHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };

    public static async Task SignUpAsync(HttpClient client, string email, string password = Reader.DefaultPassword)
    {
        using var response = await Reader.SubmitAsync(client, "/account/sign-up", "main form", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-up of {email} answered {(int)response.StatusCode}");
        // Sign-up never signs in by itself (its answer is the same for a taken address): sign in as a reader would.
        using var signIn = await Reader.SubmitAsync(client, "/account/sign-in", "main form", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        Assert.True(signIn.StatusCode == HttpStatusCode.Redirect, $"Sign-in of {email} answered {(int)signIn.StatusCode}");
    }

    /// <summary>Posts a Stripe event to the site's webhook, signed now with the test secret.</summary>
    public static Task<HttpResponseMessage> PostWebhookAsync(HttpClient client, string payload, CancellationToken ct = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/stripe/webhook")
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Stripe-Signature", StripeEvents.Signature(payload, DateTimeOffset.UtcNow));
        return client.SendAsync(request, ct);
    }

    /// <summary>The settings that put a child site in Stripe mode against <paramref name="stripe"/>.</summary>
    public static Dictionary<string, string> WithStripe(this Dictionary<string, string> environment, FakeStripeServer stripe)
    {
        environment["Payments__Mode"] = "Stripe";
        environment["Stripe__SecretKey"] = FakeStripeServer.SecretKey;
        environment["Stripe__WebhookSecret"] = StripeTestSettings.WebhookSecret;
        environment["Stripe__ProPriceId"] = StripeTestSettings.ProPriceId;
        environment["Stripe__PdfPriceId"] = StripeTestSettings.PdfPriceId;
        environment["Stripe__ApiBase"] = stripe.BaseAddress;
        return environment;
    }

    public static async Task<IReadOnlyList<T>> QueryAsync<T>(string databasePath, string sql, object? parameters = null)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 10,
        }.ToString());
        await connection.OpenAsync();
        return (await connection.QueryAsync<T>(sql, parameters)).ToList();
    }

    public static async Task<T> ScalarAsync<T>(string databasePath, string sql, object? parameters = null) =>
        (await QueryAsync<T>(databasePath, sql, parameters)).Single();
}
