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
}
