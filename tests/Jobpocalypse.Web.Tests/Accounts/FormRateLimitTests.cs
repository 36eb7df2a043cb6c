using System.Net;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Jobpocalypse.Web.Tests.Accounts;

public sealed class LowRateLimitFactory : SiteFactory
{
    public const int Permit = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(FormRateLimiting.PermitKey, Permit.ToString());
        builder.UseSetting(FormRateLimiting.SearchPermitKey, Permit.ToString());
        builder.UseSetting("Payments:Mode", "LocalTest");
    }
}

/// <summary>Sign-in, sign-up, forgot-password and checkout posts are limited per client address; their pages are not.</summary>
public class FormRateLimitTests(LowRateLimitFactory site) : IClassFixture<LowRateLimitFactory>
{
    [Fact]
    public async Task Posts_past_the_limit_answer_429_with_a_page_while_gets_still_work()
    {
        using var reader = new Reader(site);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < LowRateLimitFactory.Permit + 1; i++)
        {
            using var response = await reader.SignInAsync($"guess {i}");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("60", response.Headers.RetryAfter!.ToString());
                Assert.Equal("Too many requests", (await SiteFactory.ParseAsync(response)).QuerySelector("h1")!.TextContent);
            }
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, LowRateLimitFactory.Permit), HttpStatusCode.TooManyRequests], statuses);
        foreach (var path in new[] { "/account/sign-in", "/account/sign-up", "/account/forgot-password", "/pro" })
        {
            using var page = await reader.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
        using var signUp = await reader.SignUpAsync();
        using var forgot = await reader.SubmitAsync("/account/forgot-password", "main form", new() { ["Input.Email"] = reader.Email });
        using var subscribe = await reader.SubmitAsync("/pro", "[data-testid=pro-offer] form", []);
        using var reset = await reader.SubmitAsync("/account/reset-password?user=x&token=y", "main form",
            new() { ["Input.Password"] = "a long new password", ["Input.ConfirmPassword"] = "a long new password" });
        Assert.Equal(HttpStatusCode.TooManyRequests, reset.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, signUp.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, forgot.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, subscribe.StatusCode);
    }
}

/// <summary>Searches are limited per client on their own: each distinct query would otherwise fill a cache entry.</summary>
public class SearchRateLimitTests(LowRateLimitFactory site) : IClassFixture<LowRateLimitFactory>
{
    [Fact]
    public async Task Searches_past_the_limit_answer_429_for_that_client_only()
    {
        using var greedy = new Reader(site, clientAddress: "203.0.113.90");
        using var other = new Reader(site, clientAddress: "203.0.113.91");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < LowRateLimitFactory.Permit + 1; i++)
        {
            using var response = await greedy.Client.GetAsync($"/search?q=nurse{i}");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var page = await SiteFactory.ParseAsync(response);
                Assert.Equal("Too many requests", page.QuerySelector("h1")!.TextContent);
                Assert.Contains("wait a minute", page.QuerySelector("main p")!.TextContent);
            }
        }
        using var otherClient = await other.Client.GetAsync("/search?q=nurse");
        using var report = await greedy.Client.GetAsync("/occupations");

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, LowRateLimitFactory.Permit), HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, otherClient.StatusCode);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
    }
}
