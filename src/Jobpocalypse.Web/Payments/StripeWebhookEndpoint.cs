using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace Jobpocalypse.Web.Payments;

/// <summary>
/// POST /stripe/webhook: the raw body as Stripe signed it (no model binding, no antiforgery: the signature is the
/// check). 400 for a forged, stale or unreadable event; 200 for applied, repeated and ignored events; an error
/// reaching Stripe to re-read a subscription is a 500, and Stripe retries later.
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
        if (http.Request.ContentLength > MaxBodyBytes) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBodyBytes;

        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var json = await reader.ReadToEndAsync(ct);
        var signature = http.Request.Headers["Stripe-Signature"].ToString();
        var processor = http.RequestServices.GetRequiredService<StripeWebhookProcessor>();
        return await processor.ProcessAsync(json, signature, ct) switch
        {
            WebhookResult.Rejected => Results.Text("Invalid Stripe signature or payload.", statusCode: StatusCodes.Status400BadRequest),
            var result => Results.Text(result.ToString().ToLowerInvariant(), statusCode: StatusCodes.Status200OK),
        };
    }
}
