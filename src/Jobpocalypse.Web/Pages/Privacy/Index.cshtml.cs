using Jobpocalypse.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Jobpocalypse.Web.Pages.Privacy;

/// <summary>What the site stores about readers, for how long, and how to export or delete it. The durations are
/// read from the settings that enforce them, so the page cannot promise what the code does not do.</summary>
public sealed class IndexModel(IOptions<DataProtectionTokenProviderOptions> resetTokens,
    IOptionsMonitor<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> cookies) : PageModel
{
    public double ResetLinkHours { get; private set; }
    public double ConfirmLinkHours => AccountTokens.Lifespan.TotalHours;
    public double CookieDays { get; private set; }

    public void OnGet()
    {
        ResetLinkHours = resetTokens.Value.TokenLifespan.TotalHours;
        CookieDays = cookies.Get(IdentityConstants.ApplicationScheme).ExpireTimeSpan.TotalDays;
    }
}
