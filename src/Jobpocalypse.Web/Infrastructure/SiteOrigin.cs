namespace Jobpocalypse.Web.Infrastructure;

/// <summary>
/// The site's one public origin (configuration <c>Site:BaseUrl</c>, e.g. https://jobpocalypse.example). Every absolute
/// address the site writes — reset links, Stripe return URLs, canonical and Open Graph links, the sitemap — starts
/// with it, never with the request's Host header, which any client can set.
/// </summary>
public sealed class SiteOrigin
{
    public const string ConfigurationKey = "Site:BaseUrl";
    /// <summary>Outside Production with nothing configured (tests, a bare <c>dotnet run</c>).</summary>
    public const string LocalDefault = "http://localhost";

    public SiteOrigin(string baseUrl)
    {
        if (!Uri.TryCreate(baseUrl.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
            throw new InvalidOperationException(
                $"{ConfigurationKey} must be an absolute http(s) origin such as https://jobpocalypse.example, with no path; got '{baseUrl}'.");
        Uri = uri;
        Origin = uri.GetLeftPart(UriPartial.Authority);
    }

    public Uri Uri { get; }

    /// <summary>Scheme, host and (non-default) port, without a trailing slash.</summary>
    public string Origin { get; }

    public string Host => Uri.IdnHost;

    /// <summary>The absolute address of a site path ("/account" → "https://host/account").</summary>
    public string Absolute(string path) => Origin + (path.StartsWith('/') ? path : "/" + path);

    /// <summary>
    /// Reads <c>Site:BaseUrl</c>: required in Production, where <c>AllowedHosts</c> is also narrowed to its host so a
    /// request naming any other host is refused (400) before it reaches a page. Loopback names stay allowed for the
    /// probes run on the host or in the container (nothing the site writes comes from the Host header anyway).
    /// </summary>
    public static void AddSiteOrigin(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration[ConfigurationKey];
        if (string.IsNullOrWhiteSpace(configured))
        {
            if (builder.Environment.IsProduction())
                throw new InvalidOperationException($"{ConfigurationKey} is required in Production: the public https origin of the site.");
            configured = LocalDefault;
        }
        var origin = new SiteOrigin(configured);
        if (builder.Environment.IsProduction())
            builder.Configuration.AddInMemoryCollection([new("AllowedHosts", $"{origin.Host};localhost;127.0.0.1;[::1]")]);
        builder.Services.AddSingleton(origin);
    }
}

public static class SiteOriginExtensions
{
    public static void AddSiteOrigin(this WebApplicationBuilder builder) => SiteOrigin.AddSiteOrigin(builder);
}
