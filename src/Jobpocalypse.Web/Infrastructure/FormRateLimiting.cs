using System.Globalization;
using System.Threading.RateLimiting;

namespace Jobpocalypse.Web.Infrastructure;

/// <summary>
/// Per-client limits (the client is its address, the proxy's X-Forwarded-For once trusted): every form post (any
/// non-GET request but the Stripe webhook, which Stripe signs and retries) shares one fixed window, and searches
/// have their own (each distinct query fills an output-cache entry). Reading pages is never limited. A refusal
/// answers 429 with Retry-After, and the status page says to wait.
/// </summary>
public static class FormRateLimiting
{
    /// <summary>Kept for the pages that name it; the global limiter below already limits every post.</summary>
    public const string Policy = "form-posts";
    public const string PermitKey = "RateLimiting:FormPostsPerMinute";
    public const string SearchPermitKey = "RateLimiting:SearchesPerMinute";
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static void AddFormRateLimiting(this WebApplicationBuilder builder)
    {
        var posts = builder.Configuration.GetValue(PermitKey, 10);
        var searches = builder.Configuration.GetValue(SearchPermitKey, 30);
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = ((int)Window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(Policy, _ => RateLimitPartition.GetNoLimiter("global"));
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return Classify(http.Request) switch
                {
                    Surface.FormPost => FixedWindow("post:" + client, posts),
                    Surface.Search => FixedWindow("search:" + client, searches),
                    _ => RateLimitPartition.GetNoLimiter("free"),
                };
            });
        });
    }

    public enum Surface { Free, FormPost, Search }

    public static Surface Classify(HttpRequest request)
    {
        var path = request.Path;
        // Error pages re-executed for a refused post must render, and Stripe's webhook is verified by signature.
        if (path.StartsWithSegments("/status") || path.StartsWithSegments("/error")) return Surface.Free;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
            return path.StartsWithSegments("/stripe/webhook") ? Surface.Free : Surface.FormPost;
        return path.StartsWithSegments("/search") ? Surface.Search : Surface.Free;
    }

    private static RateLimitPartition<string> FixedWindow(string key, int permit) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permit,
            Window = Window,
            QueueLimit = 0,
        });
}
