using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Jobpocalypse.Web.Accounts;

/// <summary>
/// Checks every signed-in request against the account as stored: a cookie whose account is gone (deleted) or whose
/// security stamp is no longer the account's (password changed or reset, email changed) is refused at once and
/// cleared. Identity's own validator re-checks only after an interval, and uses the system clock for it. The stamp comes
/// from <see cref="ReaderRecords"/>, which every account write of this process refreshes at once.
/// </summary>
public sealed class SessionCookieEvents(ReaderRecords readers, IOptions<IdentityOptions> identity) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var userId = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = principal?.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        var stored = userId is null ? null : await readers.GetAsync(userId, context.HttpContext.RequestAborted);
        if (stored is not null && stamp is not null && string.Equals(stored.SecurityStamp, stamp, StringComparison.Ordinal)) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
