using Jobpocalypse.Web.Infrastructure;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jobpocalypse.Web.Pages.Errors;

/// <summary>
/// The page every bare status code re-executes to; a 400 carries its reason in HttpContext.Items. It is filled in
/// when its handler is selected, whatever the method (PUT, DELETE… have no On-handler of their own), so no error
/// page is ever blank.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public sealed record Link(string Text, string Href);

    public int Code { get; private set; }
    public string Heading { get; private set; } = "";
    public string Message { get; private set; } = "";
    /// <summary>Where the reader can go from here (a 403 offers the purchase that gives access, and a way back).</summary>
    public IReadOnlyList<Link> Links { get; private set; } = [];
    public string RequestId => HttpContext.TraceIdentifier;

    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        // Reached directly (not re-executed), the page answers with the code it names, within the error range.
        var named = int.TryParse(RouteData.Values["code"] as string, out var c) ? c : 404;
        Code = reExecuted is not null ? Response.StatusCode : named is >= 400 and <= 599 ? named : 404;
        Response.StatusCode = Code;
        (Heading, Message) = Code switch
        {
            404 => ("Page not found", "There is no page at this address. The occupation may have a different code or title; try a search."),
            400 => ("That request could not be read", HttpContext.StatusMessage() ?? "Part of the request was malformed."),
            403 => ("Not allowed", "This page is for readers who bought it or have Pro, and your account has neither for it yet."),
            405 => ("Method not allowed", $"This address answers {Request.Method} with nothing: its pages are read with GET and their forms are sent with POST."),
            413 => ("Too large", "The request was larger than this address accepts."),
            429 => ("Too many requests", "Too many requests came from your connection in the last minute. Please wait a minute, then try again."),
            >= 500 => ("Something went wrong", "The server could not complete this request. Please try again in a moment."),
            _ => ("Request not completed", $"The server answered with status {Code}."),
        };
        Links = Code == 403 ? AccessDeniedLinks(reExecuted?.OriginalPath) : [];
    }

    /// <summary>
    /// A refused PDF download offers that PDF and Pro; any other refused page offers Pro. Both offer the way back.
    /// </summary>
    private static IReadOnlyList<Link> AccessDeniedLinks(string? originalPath)
    {
        const string download = "/pdf/download";
        if (originalPath is { } path && path.StartsWith("/occupations/", StringComparison.OrdinalIgnoreCase)
            && path.EndsWith(download, StringComparison.OrdinalIgnoreCase))
        {
            var report = path[..^download.Length];
            return [new("Buy this report's PDF", report + "/pdf"), new("See what Pro includes", "/pro"), new("Back to the report", report)];
        }
        return [new("See what Pro includes", "/pro"), new("Your account", "/account"), new("Home", "/")];
    }
}
