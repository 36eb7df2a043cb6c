using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jobpocalypse.Web.Pages.Errors;

/// <summary>The page every bare status code re-executes to; a 400 carries its reason in HttpContext.Items.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public const string MessageItem = "status-message";

    public int Code { get; private set; }
    public string Heading { get; private set; } = "";
    public string Message { get; private set; } = "";
    public string RequestId => HttpContext.TraceIdentifier;

    public void OnGet(int code)
    {
        // Reached directly (not re-executed), the page answers with the code it names, within the error range.
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        Code = reExecuted ? Response.StatusCode : code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
        (Heading, Message) = Code switch
        {
            404 => ("Page not found", "There is no page at this address. The occupation may have a different code or title; try a search."),
            400 => ("That request could not be read", HttpContext.Items[MessageItem] as string ?? "Part of the request was malformed."),
            403 => ("Not allowed", "You do not have access to this page."),
            405 => ("Method not allowed", "This address does not accept that kind of request."),
            429 => ("Too many requests", "Please wait a moment before trying again."),
            >= 500 => ("Something went wrong", "The server could not complete this request. Please try again in a moment."),
            _ => ("Request not completed", $"The server answered with status {Code}."),
        };
    }

    public void OnPost(int code) => OnGet(code);
}
