using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Jobpocalypse.Web.Accounts;

/// <summary>
/// The session cookie's ticket format with its last decryptions remembered: decrypting the cookie (data protection's
/// key derivation, AES and HMAC) was the largest cost of a signed-in page once pages came from the cache. A cookie
/// string seen in the last minute maps to the ticket it decrypted to, so the same reader's next request skips the
/// cryptography. Only tickets that decrypted are remembered (a forged cookie is decrypted, and refused, every time);
/// each caller gets its own copy; expiry and the security-stamp check still run on every request, after this.
/// </summary>
public sealed class SessionTicketCache(ISecureDataFormat<AuthenticationTicket> inner, TimeProvider time) : ISecureDataFormat<AuthenticationTicket>
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    // Far above the sessions active within a minute; reaching it drops everything rather than growing without bound.
    private const int MaxEntries = 20_000;

    private readonly ConcurrentDictionary<string, Entry> _tickets = new(StringComparer.Ordinal);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (string.IsNullOrEmpty(protectedText)) return null;
        var key = purpose is null ? protectedText : purpose + "\n" + protectedText;
        if (_tickets.TryGetValue(key, out var seen) && time.GetElapsedTime(seen.At) < Lifetime) return Copy(seen.Ticket);

        var ticket = inner.Unprotect(protectedText, purpose);
        if (ticket is null) return null;
        if (_tickets.Count >= MaxEntries) _tickets.Clear();
        _tickets[key] = new Entry(ticket, time.GetTimestamp());
        return Copy(ticket);
    }

    // The handler and the events may change the principal or the properties they are given: never the remembered one.
    // (ClaimsPrincipal.Clone shares its identities, so each identity is cloned.)
    private static AuthenticationTicket Copy(AuthenticationTicket ticket) =>
        new(new ClaimsPrincipal(ticket.Principal.Identities.Select(i => i.Clone())), ticket.Properties.Clone(), ticket.AuthenticationScheme);

    private sealed record Entry(AuthenticationTicket Ticket, long At);

    /// <summary>Wraps the session cookie's format, after the framework has set it up.</summary>
    public sealed class Setup(TimeProvider time) : IPostConfigureOptions<CookieAuthenticationOptions>
    {
        public void PostConfigure(string? name, CookieAuthenticationOptions options)
        {
            if (name != IdentityConstants.ApplicationScheme || options.TicketDataFormat is SessionTicketCache) return;
            options.TicketDataFormat = new SessionTicketCache(options.TicketDataFormat, time);
        }
    }
}
