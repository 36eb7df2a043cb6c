namespace Jobpocalypse.Web.Infrastructure;

public static class PagesExtensions
{
    public static void AddSitePages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRouting(options => options.LowercaseUrls = true);
        var pages = builder.Services.AddRazorPages();
#if DEBUG
        // Development only: an edited view shows on refresh. Release builds ship precompiled views.
        if (builder.Environment.IsDevelopment()) pages.AddRazorRuntimeCompilation();
#endif
    }

    public static void MapSitePages(this WebApplication app) => app.MapRazorPages();
}
