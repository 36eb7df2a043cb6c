using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Jobpocalypse.Web.Search;

public static class SearchExtensions
{
    /// <summary>The request line a pasted 10,000-character search needs, with room for percent-encoding.</summary>
    public const int MaxRequestLineBytes = 32 * 1024;

    /// <summary>Occupation search for the /search page; its catalogue is kept with each dataset snapshot.</summary>
    public static void AddOccupationSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<OccupationSearch>();
        // Kestrel's default 8 KB request line would answer an over-long search with a bare 414 before the
        // search page could explain the 200-character limit with its 400 page.
        builder.Services.Configure<KestrelServerOptions>(o =>
            o.Limits.MaxRequestLineSize = Math.Max(o.Limits.MaxRequestLineSize, MaxRequestLineBytes));
    }
}
