using System.Text;
using System.Text.RegularExpressions;
using Jobpocalypse.Web.Tests.Infrastructure;
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using Microsoft.AspNetCore.WebUtilities;

namespace Jobpocalypse.Web.Tests.Accounts;

/// <summary>
/// The site with its own Serilog configuration (levels and overrides as configured, the app's categories at
/// Debug) and one more sink, registered in DI, that keeps every event: its rendered message, every property and
/// any exception.
/// </summary>
public sealed class LogCaptureFactory : SiteFactory
{
    private readonly ConcurrentQueue<string> _events = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Debug");
        builder.UseSetting(Jobpocalypse.Web.Infrastructure.FormRateLimiting.PermitKey, "1000");
        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(new CaptureSink(_events)));
    }

    public string ReadLog() => string.Join("\n", _events);

    private sealed class CaptureSink(ConcurrentQueue<string> events) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => events.Enqueue(string.Join(" ",
            [logEvent.RenderMessage(), .. logEvent.Properties.Select(p => $"{p.Key}={p.Value}"), logEvent.Exception?.ToString() ?? ""]));
    }
}

public partial class SensitiveLoggingTests(LogCaptureFactory site) : IClassFixture<LogCaptureFactory>
{
    [Fact]
    public async Task No_email_password_or_reset_token_reaches_the_logs()
    {
        using var reader = await Reader.SignedUpAsync(site);
        const string wrongPassword = "a wrong password 123";
        const string newPassword = "the replacement phrase";
        using (var wrong = await new Reader(site, reader.Email).SignInAsync(wrongPassword)) { }
        using (var forgot = await reader.SubmitAsync("/account/forgot-password", "main form", new() { ["Input.Email"] = reader.Email })) { }
        var link = Outbox.SingleResetLink(site, reader.Email);
        var urlToken = ResetToken().Match(link).Groups[1].Value;
        var rawToken = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(urlToken));
        using (var reset = await reader.SubmitAsync(link, "main form", new() { ["Input.Password"] = newPassword, ["Input.ConfirmPassword"] = newPassword })) { }
        using (var signIn = await new Reader(site, reader.Email).SignInAsync(newPassword)) { }

        var log = site.ReadLog();

        // The capture works: requests and account events are there...
        Assert.Contains("HTTP \"POST\" \"/account/reset-password\" responded 302", log);
        Assert.Contains("Account \"" + await reader.UserIdAsync() + "\" created", log);
        Assert.Contains("Password reset link sent for account", log);
        Assert.Contains("Password reset for account", log);
        // ...and nothing that identifies or authenticates the reader.
        Assert.DoesNotContain(reader.Email, log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(reader.Email.Split('@')[0], log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Reader.DefaultPassword, log);
        Assert.DoesNotContain(wrongPassword, log);
        Assert.DoesNotContain(newPassword, log);
        Assert.DoesNotContain(urlToken[..40], log);
        Assert.DoesNotContain(rawToken[..40], log);
        Assert.DoesNotContain("token=", log);
    }

    [GeneratedRegex("token=([A-Za-z0-9_-]+)")]
    private static partial Regex ResetToken();
}
