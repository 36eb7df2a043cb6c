using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace Jobpocalypse.Web.Tests.Infrastructure;

/// <summary>Every request writes one log line with its request id, and nothing of the query string.</summary>
public class RequestLoggingTests(RequestLoggingTests.CapturingSiteFactory site) : IClassFixture<RequestLoggingTests.CapturingSiteFactory>
{
    [Fact]
    public async Task One_line_per_request_with_request_id_and_no_query_string()
    {
        using var client = site.CreateBrowserlessClient();
        site.Sink.Events.Clear();

        await client.GetAsync("/occupations/29-2072-medical-records-specialists");
        await client.GetAsync("/search?q=someone%40example.com");
        await client.GetAsync("/no-such-page");

        var lines = site.Sink.Events.Where(e => e.MessageTemplate.Text.StartsWith("HTTP ")).ToList();
        Assert.Equal(3, lines.Count);
        Assert.All(lines, e => Assert.True(e.Properties.ContainsKey("RequestId"), e.RenderMessage()));
        Assert.All(site.Sink.Events, e => Assert.DoesNotContain("example.com", e.RenderMessage()));
        Assert.Contains(lines, e => e.RenderMessage().Contains("/search") && e.RenderMessage().Contains("200"));
        Assert.Contains(lines, e => e.RenderMessage().Contains("404"));
    }

    public sealed class CapturingSink : ILogEventSink
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();
        public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
    }

    public sealed class CapturingSiteFactory : SiteFactory
    {
        public CapturingSink Sink { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
            builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(Sink));
        }
    }
}
