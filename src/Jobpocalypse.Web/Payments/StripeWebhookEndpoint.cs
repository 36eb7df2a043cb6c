using System.Text;

namespace Jobpocalypse.Web.Payments;

/// <summary>
/// POST /stripe/webhook: the raw body as Stripe signed it (no model binding, no antiforgery: the signature is the
/// check). 400 for a forged, stale or unreadable event; 413 for a body over 512 KB, announced or not (a chunked body
/// is counted as it is read); 200 for applied, repeated and ignored events; an error reaching Stripe to re-read a
/// subscription is a 500, and Stripe retries later.
/// </summary>
public static class StripeWebhookEndpoint
{
    public const string Path = "/stripe/webhook";
    private const int MaxBodyBytes = 512 * 1024;

    public static void MapStripeWebhook(this IEndpointRouteBuilder app) =>
        app.MapPost(Path, HandleAsync).DisableAntiforgery();

    private static async Task<IResult> HandleAsync(HttpContext http, PaymentSettings payments, CancellationToken ct)
    {
        if (payments.Mode != PaymentMode.Stripe) return Results.NotFound();
        if (http.Request.ContentLength > MaxBodyBytes) return TooLarge();
        if (await ReadBoundedAsync(http.Request.Body, ct) is not { } json) return TooLarge();
        var signature = http.Request.Headers["Stripe-Signature"].ToString();
        var processor = http.RequestServices.GetRequiredService<StripeWebhookProcessor>();
        return await processor.ProcessAsync(json, signature, ct) switch
        {
            WebhookResult.Rejected => Results.Text("Invalid Stripe signature or payload.", statusCode: StatusCodes.Status400BadRequest),
            var result => Results.Text(result.ToString().ToLowerInvariant(), statusCode: StatusCodes.Status200OK),
        };
    }

    private static IResult TooLarge() =>
        Results.Text($"The event is larger than {MaxBodyBytes / 1024} KB.", statusCode: StatusCodes.Status413PayloadTooLarge);

    /// <summary>The body as UTF-8 text, or null once it passes the limit (no matter how it is framed).</summary>
    private static async Task<string?> ReadBoundedAsync(Stream body, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
