namespace Jobpocalypse.Web.Infrastructure;

public static class ErrorPagesExtensions
{
    /// <summary>
    /// Unhandled exceptions re-execute /error and bare status codes re-execute /status/{code}, so every
    /// error answers with a full page that shows the request id, never a blank body.
    /// </summary>
    public static void UseSiteErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        if (!app.Environment.IsDevelopment()) app.UseHsts();
    }

    private const string MessageItem = "status-message";

    /// <summary>The reason a page gives for its 400, shown by the status page it re-executes to.</summary>
    public static void SetStatusMessage(this HttpContext context, string message) => context.Items[MessageItem] = message;

    public static string? StatusMessage(this HttpContext context) => context.Items[MessageItem] as string;
}
