using Jobpocalypse.Web.Payments;
using Jobpocalypse.Web.Reference;
using Microsoft.AspNetCore.OutputCaching;

namespace Jobpocalypse.Web.Infrastructure;

/// <summary>
/// Output caching for signed-in readers, on the pages marked with it: pages whose HTML is the same for every reader
/// of a tier (no form, no address, no per-reader figure). The entry is keyed by the dataset version and the tier
/// (free or Pro, and on an occupation's page whether this reader bought its PDF), so one render serves every reader
/// of that tier and Pro HTML can only be found under the Pro key. Anonymous readers are cached by the base policy
/// under keys without a tier. The tier is worked out on every request from the reader's records, which every write
/// refreshes, so a subscription change or sign-out shows on the next page.
/// </summary>
public sealed class ReaderTierCachePolicy : IOutputCachePolicy
{
    public const string Name = "reader-tier";

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        if (http.User.Identity?.IsAuthenticated != true) return;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)) return;
        var reference = http.RequestServices.GetRequiredService<ReferenceStore>();
        if (!reference.IsLoaded) return;
        var access = await http.RequestServices.GetRequiredService<ReaderAccessProvider>().GetAsync(ct);
        if (!access.IsSignedIn) return;

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "q";
        context.CacheVaryByRules.VaryByValues["dataset"] = reference.Current.Version;
        context.CacheVaryByRules.VaryByValues["reader"] = Tier(access, http, reference.Current);
        context.Tags.Add(OutputCacheExtensions.ReferenceTag);
        context.ResponseExpirationTimeSpan = OutputCacheExtensions.Lifetime;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken ct)
    {
        // Only a plain success is shared; a response that sets a cookie (a renewed session) belongs to its reader.
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    /// <summary>"pro" or "free", and "+pdf" on the page of an occupation whose PDF this reader bought.</summary>
    public static string Tier(ReaderAccess access, HttpContext http, ReferenceSnapshot snapshot)
    {
        if (access.IsPro) return "pro"; // Pro includes every PDF
        return http.GetRouteValue("slug") is string slug && snapshot.BySlug(slug) is { } entry && access.OwnsPdf(entry.Code)
            ? "free+pdf"
            : "free";
    }
}
