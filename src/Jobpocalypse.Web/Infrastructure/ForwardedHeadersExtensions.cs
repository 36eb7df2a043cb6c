using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Jobpocalypse.Web.Infrastructure;

/// <summary>
/// Behind a TLS reverse proxy the connection comes from the proxy, over plain HTTP. X-Forwarded-For and
/// X-Forwarded-Proto give back the reader's address (the form rate limit is per address) and the https scheme
/// (secure cookies, canonical links, Stripe's return URLs) — but only from a proxy the site trusts, or anyone
/// could pick their own address. Trusted: ForwardedHeaders:KnownProxies (addresses) and
/// ForwardedHeaders:KnownNetworks (CIDR ranges), each a list or one comma-separated string; when neither is set,
/// loopback only (ASP.NET Core's default).
/// </summary>
public static class ForwardedHeadersExtensions
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>First in the pipeline: everything after it sees the reader's address and scheme.</summary>
    public static void UseSiteForwardedHeaders(this WebApplication app) =>
        app.UseForwardedHeaders(CreateOptions(app.Configuration.GetSection(SectionName)));

    public static ForwardedHeadersOptions CreateOptions(IConfigurationSection section)
    {
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = 1, // one proxy: only its own entry, the last, is believed
        };
        var proxies = Values(section.GetSection("KnownProxies"))
            .Select(v => IPAddress.TryParse(v, out var ip) ? ip
                : throw new InvalidOperationException($"{SectionName}:KnownProxies: '{v}' is not an IP address."))
            .ToList();
        var networks = Values(section.GetSection("KnownNetworks"))
            .Select(v => System.Net.IPNetwork.TryParse(v, out var net) ? net
                : throw new InvalidOperationException($"{SectionName}:KnownNetworks: '{v}' is not a CIDR range such as 172.16.0.0/12."))
            .ToList();
        if (proxies.Count + networks.Count == 0) return options;

        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
        foreach (var network in networks) options.KnownIPNetworks.Add(network);
        return options;
    }

    /// <summary>"a, b" or a list (KnownProxies:0, KnownProxies:1 …, as environment variables KnownProxies__0 …).</summary>
    private static IEnumerable<string> Values(IConfigurationSection section) =>
        (section.Value is { Length: > 0 } joined ? [joined] : section.GetChildren().Select(c => c.Value ?? ""))
            .SelectMany(v => v.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
