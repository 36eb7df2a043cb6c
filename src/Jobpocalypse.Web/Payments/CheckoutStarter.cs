using Jobpocalypse.Web.Accounts;
using Jobpocalypse.Web.Reference;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Jobpocalypse.Web.Payments;

/// <summary>
/// What the Subscribe and Buy posts share: with payments off the page answers 503 and says so; anonymous readers
/// go to sign-in and come back; otherwise the reader is sent (303) to the checkout the gateway opens.
/// </summary>
public sealed class CheckoutStarter(UserManager<AppUser> users, IServiceProvider services)
{
    public const string NotConfigured = "Payments are not configured on this site, so nothing can be bought yet.";

    public sealed record Outcome(IActionResult? Result, string? Message);

    public async Task<Outcome> StartAsync(HttpContext http, string returnPath,
        Func<ICheckoutGateway, AppUser, CheckoutReturn, Task<string>> start, string successPath, string cancelPath)
    {
        // Payments off is said first: signing in would not help anyone buy.
        if (services.GetService<ICheckoutGateway>() is not { } gateway)
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return new(null, NotConfigured);
        }
        if (http.User.Identity?.IsAuthenticated != true)
            return new(new RedirectResult($"{AccountsExtensions.SignInPath}?returnUrl={Uri.EscapeDataString(returnPath)}"), null);
        if (await users.GetUserAsync(http.User) is not { } user)
            return new(new ChallengeResult(), null);
        var origin = $"{http.Request.Scheme}://{http.Request.Host}";
        var url = await start(gateway, user, new CheckoutReturn(origin + successPath, origin + cancelPath));
        return new(new SeeOtherResult(url), null);
    }
}
