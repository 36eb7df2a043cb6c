using System.Net;
using AngleSharp.Html.Dom;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.Web.Tests.Pages.Errors;

/// <summary>Every error answers with a whole page: its status, a heading, and the request id to quote.</summary>
[Collection(SiteCollection.Name)]
public class ErrorPagesTests(SiteFactory site, ErrorPagesTests.ThrowingSiteFactory throwing) : IClassFixture<ErrorPagesTests.ThrowingSiteFactory>
{
    [Fact]
    public async Task Unknown_path_is_a_404_page_with_the_request_id()
    {
        using var client = site.CreateBrowserlessClient();

        using var response = await client.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var doc = await AssertErrorPageAsync(response);
        Assert.Equal("Page not found", doc.QuerySelector("h1")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task Unhandled_exception_is_a_500_page_with_the_request_id(string method)
    {
        using var client = throwing.CreateBrowserlessClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), ThrowingSiteFactory.Path));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var doc = await AssertErrorPageAsync(response);
        Assert.Equal("Something went wrong", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain(ThrowingSiteFactory.Message, doc.DocumentElement.OuterHtml); // no internals leak to the reader
    }

    [Fact]
    public async Task Status_page_requested_directly_answers_with_its_own_code()
    {
        using var client = site.CreateBrowserlessClient();

        using var response = await client.GetAsync("/status/404");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var doc = await AssertErrorPageAsync(response);
        Assert.NotNull(doc.QuerySelector("main form[action='/search']"));
    }

    [Fact]
    public async Task Post_to_a_get_only_page_is_an_error_page_not_a_blank_body()
    {
        using var client = site.CreateBrowserlessClient();

        using var response = await client.PostAsync("/methodology", new FormUrlEncodedContent([new("x", "1")]));

        var doc = await AssertErrorPageAsync(response);
        var expected = response.StatusCode switch
        {
            HttpStatusCode.BadRequest => "That request could not be read",
            HttpStatusCode.MethodNotAllowed => "Method not allowed",
            _ => throw new Xunit.Sdk.XunitException($"POST answered {(int)response.StatusCode}, expected 400 or 405"),
        };
        Assert.Equal(expected, doc.QuerySelector("h1")!.TextContent.Trim());
    }

    private static async Task<IHtmlDocument> AssertErrorPageAsync(HttpResponseMessage response)
    {
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var doc = await SiteFactory.ParseAsync(response);
        Assert.Single(doc.QuerySelectorAll("h1"));
        Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector("[data-testid=request-id]")?.TextContent), "no request id shown");
        return doc;
    }

    /// <summary>The site plus one test-only address, behind the app's own middleware, that always throws.</summary>
    public sealed class ThrowingSiteFactory : SiteFactory
    {
        public const string Path = "/test/throw";
        public const string Message = "Thrown on purpose by the error-page test";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ThrowingRoute>());
        }

        // Added after the app's pipeline: a request no endpoint matched falls through to it, inside the exception handler.
        private sealed class ThrowingRoute : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                next(app);
                app.Map(Path, branch => branch.Run(_ => throw new InvalidOperationException(Message)));
            };
        }
    }
}
