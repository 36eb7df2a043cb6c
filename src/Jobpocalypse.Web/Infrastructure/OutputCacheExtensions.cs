using Jobpocalypse.Web.Reference;
using Microsoft.AspNetCore.OutputCaching;

namespace Jobpocalypse.Web.Infrastructure;

public static class OutputCacheExtensions
{
    public const string ReferenceTag = "reference";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>
    /// Anonymous GETs of reference pages are cached per dataset version: a rebuild changes the key, so no
    /// entry of the old dataset is served after a swap. Entries carry a tag so they can also be evicted together.
    /// Signed-in readers are cached only on the pages marked with <see cref="ReaderTierCachePolicy"/>, per tier.
    /// </summary>
    public static void AddSiteOutputCache(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
        {
            options.AddBasePolicy(policy => policy
                .With(ctx => ctx.HttpContext.User.Identity?.IsAuthenticated != true
                    && ctx.HttpContext.RequestServices.GetRequiredService<ReferenceStore>().IsLoaded)
                .SetVaryByQuery("q")
                .VaryByValue(ctx => new KeyValuePair<string, string>("dataset",
                    ctx.RequestServices.GetRequiredService<ReferenceStore>().Current.Version))
                .Tag(ReferenceTag)
                .Expire(Lifetime));
            options.AddPolicy(ReaderTierCachePolicy.Name, new ReaderTierCachePolicy());
        });
    }
}
