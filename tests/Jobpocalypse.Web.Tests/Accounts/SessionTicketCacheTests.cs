using System.Security.Claims;
using Jobpocalypse.Web.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Time.Testing;

namespace Jobpocalypse.Web.Tests.Accounts;

/// <summary>The session cookie decrypts once a minute per cookie string; a forged one every time; each caller gets a copy.</summary>
public class SessionTicketCacheTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-30T12:00:00Z"));
    private readonly CountingFormat _inner = new();

    private SessionTicketCache Cache() => new(_inner, _time);

    [Fact]
    public void The_same_cookie_is_decrypted_once_within_the_lifetime_and_again_after_it()
    {
        var cache = Cache();

        var first = cache.Unprotect("cookie-a");
        var second = cache.Unprotect("cookie-a");
        _time.Advance(SessionTicketCache.Lifetime);
        var third = cache.Unprotect("cookie-a");

        Assert.Equal(2, _inner.Decryptions);
        Assert.Equal("user-a", second!.Principal.FindFirstValue(ClaimTypes.NameIdentifier));
        Assert.Equal("user-a", third!.Principal.FindFirstValue(ClaimTypes.NameIdentifier));
        Assert.NotSame(first!.Principal, second.Principal);
        Assert.NotSame(first.Properties, second.Properties);
    }

    [Fact]
    public void A_cookie_that_does_not_decrypt_is_refused_every_time_and_never_remembered()
    {
        var cache = Cache();

        Assert.Null(cache.Unprotect("forged"));
        Assert.Null(cache.Unprotect("forged"));
        Assert.Null(cache.Unprotect(""));

        Assert.Equal(2, _inner.Decryptions);
    }

    [Fact]
    public void Changing_a_returned_ticket_leaves_the_next_reader_of_that_cookie_untouched()
    {
        var cache = Cache();
        var ticket = cache.Unprotect("cookie-a")!;
        ticket.Properties.Items["changed"] = "yes";
        ((ClaimsIdentity)ticket.Principal.Identity!).AddClaim(new Claim("extra", "1"));

        var next = cache.Unprotect("cookie-a")!;

        Assert.False(next.Properties.Items.ContainsKey("changed"));
        Assert.Null(next.Principal.FindFirst("extra"));
    }

    [Fact]
    public void A_purpose_is_part_of_the_key()
    {
        var cache = Cache();

        cache.Unprotect("cookie-a", "one");
        cache.Unprotect("cookie-a", "two");

        Assert.Equal(2, _inner.Decryptions);
    }

    /// <summary>Decrypts "cookie-x" to a ticket for user-x and anything else to nothing, counting the attempts.</summary>
    private sealed class CountingFormat : ISecureDataFormat<AuthenticationTicket>
    {
        public int Decryptions { get; private set; }

        public string Protect(AuthenticationTicket data) => throw new NotSupportedException();
        public string Protect(AuthenticationTicket data, string? purpose) => throw new NotSupportedException();
        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            Decryptions++;
            if (protectedText is null || !protectedText.StartsWith("cookie-", StringComparison.Ordinal)) return null;
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "user-" + protectedText["cookie-".Length..])], "test");
            return new AuthenticationTicket(new ClaimsPrincipal(identity), new AuthenticationProperties(), "Identity.Application");
        }
    }
}
