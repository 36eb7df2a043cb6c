using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Jobpocalypse.Web.Accounts;

/// <summary>
/// Checks every signed-in request against the account as stored: a cookie whose account is gone (deleted) or whose
/// security stamp is no longer the account's (password changed or reset, email changed) is refused at once and
/// cleared. Identity's own validator re-checks only after an interval, and uses the system clock for it.
/// </summary>
public sealed class SessionCookieEvents(IUserStore<AppUser> store, IOptions<IdentityOptions> identity) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var userId = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = principal?.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        var user = userId is null ? null : await store.FindByIdAsync(userId, context.HttpContext.RequestAborted);
        if (user is not null && stamp is not null && string.Equals(user.SecurityStamp, stamp, StringComparison.Ordinal)) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
