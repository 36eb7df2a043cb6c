using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jobpocalypse.Web.Pages.Errors;

[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string RequestId => HttpContext.TraceIdentifier;

    // The exception handler re-executes this page with the original method, so every verb renders it.
    public override void OnPageHandlerSelected(PageHandlerSelectedContext context) =>
        Response.StatusCode = StatusCodes.Status500InternalServerError;
}
