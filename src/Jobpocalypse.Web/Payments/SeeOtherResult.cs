using Microsoft.AspNetCore.Mvc;

namespace Jobpocalypse.Web.Payments;

/// <summary>
/// 303 See Other: after a form post, the browser follows with a GET (to Stripe Checkout, the portal, the local
/// test checkout). MVC's redirect results only offer 302/301/307/308.
/// </summary>
public sealed class SeeOtherResult(string url) : IActionResult
{
    public string Url => url;

    public Task ExecuteResultAsync(ActionContext context)
    {
        context.HttpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.HttpContext.Response.Headers.Location = url;
        return Task.CompletedTask;
    }
}
