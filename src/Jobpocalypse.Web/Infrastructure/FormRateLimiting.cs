using System.Globalization;
using System.Threading.RateLimiting;

namespace Jobpocalypse.Web.Infrastructure;

/// <summary>
/// Limits the form posts that cost something or invite guessing (sign-in, sign-up, forgot password, checkout):
/// a fixed window per client IP. GETs of the same pages are never limited. A rejected post answers 429, which the
/// status-code pages render.
/// </summary>
public static class FormRateLimiting
{
    public const string Policy = "form-posts";
    public const string PermitKey = "RateLimiting:FormPostsPerMinute";
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static void AddFormRateLimiting(this WebApplicationBuilder builder)
    {
        var permit = builder.Configuration.GetValue(PermitKey, 10);
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = ((int)Window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(Policy, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permit, Window = Window, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("get"));
        });
    }
}
