using Jobpocalypse.Web.Accounts;
using Jobpocalypse.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Stripe;

namespace Jobpocalypse.Web.Payments;

/// <summary>
/// What the Subscribe, Buy and Manage posts share: with payments off the page answers 503 and says so; anonymous
/// readers go to sign-in and come back; otherwise the reader is sent (303) to the checkout or portal the gateway
/// opens, with return addresses on the configured public origin. Stripe unreachable or failing answers 503 or 502
/// with words, and nothing was charged. The gateway is registered only when payments are on, so the injected
/// sequence is empty when they are off.
/// </summary>
public sealed class CheckoutStarter(UserManager<AppUser> users, IEnumerable<ICheckoutGateway> gateways, SiteOrigin site, ILogger<CheckoutStarter> logger)
{
    public const string NotConfigured = "Payments are not configured on this site, so nothing can be bought yet.";
    public const string Unreachable = "The payment service could not be reached, so checkout did not start and nothing was charged. Please try again in a few minutes.";
    public const string Failed = "The payment service refused to start checkout, and nothing was charged. Please try again later.";

    public sealed record Outcome(IActionResult? Result, string? Message);

    public Task<Outcome> StartAsync(HttpContext http, string returnPath,
        Func<ICheckoutGateway, AppUser, CheckoutReturn, Task<string>> start, string successPath, string cancelPath) =>
        RunAsync(http, returnPath, (gateway, user) =>
            start(gateway, user, new CheckoutReturn(site.Absolute(successPath), site.Absolute(cancelPath)))!);

    /// <summary>The billing portal, returning to <paramref name="returnPath"/>; a message when there is nothing to manage.</summary>
    public Task<Outcome> StartPortalAsync(HttpContext http, string returnPath, CancellationToken ct) =>
        RunAsync(http, returnPath, (gateway, user) => gateway.StartPortalAsync(user, site.Absolute(returnPath), ct),
            noUrlMessage: "There is no subscription to manage yet.");

    private async Task<Outcome> RunAsync(HttpContext http, string returnPath, Func<ICheckoutGateway, AppUser, Task<string?>> start,
        string? noUrlMessage = null)
    {
        // Payments off is said first: signing in would not help anyone buy.
        if (gateways.FirstOrDefault() is not { } gateway)
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return new(null, NotConfigured);
        }
        if (http.User.Identity?.IsAuthenticated != true)
            return new(new RedirectResult($"{AccountsExtensions.SignInPath}?returnUrl={Uri.EscapeDataString(returnPath)}"), null);
        if (await users.GetUserAsync(http.User) is not { } user)
            return new(new ChallengeResult(), null);
        try
        {
            return await start(gateway, user) is { } url ? new(new SeeOtherResult(url), null) : new(null, noUrlMessage);
        }
        catch (StripeException e) when (e.HttpStatusCode is 0 || (int)e.HttpStatusCode >= 500 || e.InnerException is HttpRequestException)
        {
            logger.LogError("Stripe could not be reached to start a checkout or portal: {Reason}", e.Message);
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return new(null, Unreachable);
        }
        catch (StripeException e)
        {
            logger.LogError("Stripe refused to start a checkout or portal ({Status}): {Reason}", (int)e.HttpStatusCode, e.Message);
            http.Response.StatusCode = StatusCodes.Status502BadGateway;
            return new(null, Failed);
        }
        catch (HttpRequestException e)
        {
            logger.LogError("Stripe could not be reached to start a checkout or portal: {Reason}", e.Message);
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return new(null, Unreachable);
        }
        catch (TaskCanceledException e) when (!http.RequestAborted.IsCancellationRequested)
        {
            logger.LogError("Stripe did not answer in time to start a checkout or portal: {Reason}", e.Message);
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return new(null, Unreachable);
        }
    }
}
