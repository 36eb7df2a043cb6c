namespace Jobpocalypse.Web.Infrastructure;

/// <summary>
/// Headers every response carries (pages, error pages, static files, downloads), set before anything is written.
/// The site has no inline scripts or style elements; report charts and bars set widths and colours with style
/// attributes, so only those are allowed inline (style-src-attr), never a &lt;style&gt; or &lt;script&gt; block. Form
/// posts may end at Stripe's hosted checkout and billing portal (form-action follows the 303).
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; " +
        "form-action 'self' https://checkout.stripe.com https://billing.stripe.com";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

    public static void UseSecurityHeaders(this WebApplication app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY"; // frame-ancestors for browsers that predate it
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                // A page may ask for less (the reset page sends none); no page sends more than its origin elsewhere.
                if (!headers.ContainsKey("Referrer-Policy")) headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
}
