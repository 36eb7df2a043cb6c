using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace Jobpocalypse.Web.Accounts;

/// <summary>
/// The returnUrl a sign-in or sign-up goes back to: a local path only, with anything outside printable ASCII
/// percent-encoded (a raw é cannot go into a Location header), so no returnUrl can make the redirect fail.
/// </summary>
public static class ReturnUrls
{
    public static string? LocalOrNull(IUrlHelper url, string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl.Length > 2000 || !url.IsLocalUrl(returnUrl)) return null;
        if (returnUrl.Any(char.IsControl)) return null;
        var safe = new StringBuilder(returnUrl.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in returnUrl.EnumerateRunes())
        {
            if (rune.Value is > 0x20 and < 0x7F) { safe.Append((char)rune.Value); continue; }
            var count = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..count]) safe.Append('%').Append(b.ToString("X2"));
        }
        return safe.ToString();
    }

    public static string LocalOr(IUrlHelper url, string? returnUrl, string fallback) => LocalOrNull(url, returnUrl) ?? fallback;
}
