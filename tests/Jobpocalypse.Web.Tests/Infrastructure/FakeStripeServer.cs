using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Jobpocalypse.Web.Tests.Infrastructure;

/// <summary>
/// A small stand-in for the parts of the Stripe API the site calls, served over real HTTP on 127.0.0.1 (port 0):
/// customers, checkout sessions, subscription reads and billing portal sessions. Tests set the subscriptions'
/// state and read back what the site asked for.
/// </summary>
public sealed class FakeStripeServer : IAsyncDisposable
{
    public const string SecretKey = "sk_test_fake_jobpocalypse";

    private readonly WebApplication _app;
    private int _sequence;

    public ConcurrentDictionary<string, FakeSubscription> Subscriptions { get; } = new();
    public ConcurrentQueue<IReadOnlyDictionary<string, string>> CreatedCustomers { get; } = new();
    public ConcurrentQueue<IReadOnlyDictionary<string, string>> CreatedCheckoutSessions { get; } = new();
    public ConcurrentQueue<IReadOnlyDictionary<string, string>> CreatedPortalSessions { get; } = new();
    public ConcurrentQueue<string> SubscriptionReads { get; } = new();
    public string BaseAddress { get; }

    /// <summary>How long GET /v1/subscriptions/{id} waits before answering (the read is recorded first): a slow Stripe.</summary>
    public TimeSpan SubscriptionReadDelay { get; set; }
    /// <summary>When set, cancelling a subscription answers 500, as Stripe does when it is having a bad day.</summary>
    public bool FailCancellations { get; set; }
    public ConcurrentQueue<string> CancelledSubscriptions { get; } = new();

    /// <summary>When set, a delayed read answers the state as it was when the read arrived (a slow reply of an old state).</summary>
    public bool AnswerStateAtArrival { get; set; }

    private FakeStripeServer(WebApplication app)
    {
        _app = app;
        BaseAddress = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
    }

    public static async Task<FakeStripeServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeStripeServer? server = null;
        app.Use(async (context, next) =>
        {
            if (context.Request.Headers.Authorization != $"Bearer {SecretKey}")
            {
                await Error(context, 401, "authentication_error", "Invalid API key.");
                return;
            }
            await next();
        });
        app.MapPost("/v1/customers", async (HttpContext c) => await server!.CreateCustomerAsync(c));
        app.MapPost("/v1/checkout/sessions", async (HttpContext c) => await server!.CreateCheckoutSessionAsync(c));
        app.MapPost("/v1/billing_portal/sessions", async (HttpContext c) => await server!.CreatePortalSessionAsync(c));
        app.MapGet("/v1/subscriptions/{id}", async (HttpContext c, string id) => await server!.ReadSubscriptionAsync(c, id));
        app.MapDelete("/v1/subscriptions/{id}", async (HttpContext c, string id) => await server!.CancelSubscriptionAsync(c, id));
        await app.StartAsync();
        server = new FakeStripeServer(app);
        return server;
    }

    public string NextId(string prefix) => $"{prefix}_{Interlocked.Increment(ref _sequence):D6}{Guid.NewGuid():N}"[..(prefix.Length + 20)];

    /// <summary>Sets what GET /v1/subscriptions/{id} answers from now on.</summary>
    public FakeSubscription SetSubscription(FakeSubscription subscription) => Subscriptions[subscription.Id] = subscription;

    private async Task CreateCustomerAsync(HttpContext context)
    {
        var form = await ReadFormAsync(context);
        CreatedCustomers.Enqueue(form);
        await Json(context, new { id = NextId("cus"), @object = "customer", email = form.GetValueOrDefault("email") });
    }

    private async Task CreateCheckoutSessionAsync(HttpContext context)
    {
        var form = await ReadFormAsync(context);
        var id = NextId("cs_test");
        CreatedCheckoutSessions.Enqueue(new Dictionary<string, string>(form) { ["id"] = id });
        await Json(context, new
        {
            id,
            @object = "checkout.session",
            mode = form.GetValueOrDefault("mode"),
            customer = form.GetValueOrDefault("customer"),
            client_reference_id = form.GetValueOrDefault("client_reference_id"),
            status = "open",
            payment_status = "unpaid",
            url = $"https://checkout.stripe.test/c/pay/{id}",
        });
    }

    private async Task CreatePortalSessionAsync(HttpContext context)
    {
        var form = await ReadFormAsync(context);
        CreatedPortalSessions.Enqueue(form);
        var id = NextId("bps");
        await Json(context, new
        {
            id,
            @object = "billing_portal.session",
            customer = form.GetValueOrDefault("customer"),
            return_url = form.GetValueOrDefault("return_url"),
            url = $"https://billing.stripe.test/p/session/{id}",
        });
    }

    private async Task ReadSubscriptionAsync(HttpContext context, string id)
    {
        Subscriptions.TryGetValue(id, out var atArrival);
        var delay = SubscriptionReadDelay;
        var answerAtArrival = AnswerStateAtArrival;
        SubscriptionReads.Enqueue(id);
        if (delay > TimeSpan.Zero)
        {
            try { await Task.Delay(delay, context.RequestAborted); }
            catch (OperationCanceledException) { return; } // the caller went away (killed, in the crash tests)
        }
        var subscription = answerAtArrival ? atArrival : Subscriptions.GetValueOrDefault(id);
        if (subscription is not null) await Json(context, subscription.ToJson());
        else await Error(context, 404, "invalid_request_error", $"No such subscription: '{id}'", "resource_missing");
    }

    private async Task CancelSubscriptionAsync(HttpContext context, string id)
    {
        if (FailCancellations)
        {
            await Error(context, 500, "api_error", "Something went wrong on Stripe's end.");
            return;
        }
        if (!Subscriptions.TryGetValue(id, out var subscription))
        {
            await Error(context, 404, "invalid_request_error", $"No such subscription: '{id}'", "resource_missing");
            return;
        }
        CancelledSubscriptions.Enqueue(id);
        await Json(context, (Subscriptions[id] = subscription with { Status = "canceled" }).ToJson());
    }

    private static async Task<IReadOnlyDictionary<string, string>> ReadFormAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        return form.ToDictionary(f => f.Key, f => f.Value.ToString());
    }

    private static Task Json(HttpContext context, object body)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }

    private static Task Error(HttpContext context, int status, string type, string message, string? code = null)
    {
        context.Response.StatusCode = status;
        return Json(context, new { error = new { type, message, code } });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>A subscription as the fake serves it (API version 2025-03-31 and later: the period is on the item).</summary>
public sealed record FakeSubscription(
    string Id,
    string CustomerId,
    string Status,
    DateTimeOffset CurrentPeriodEnd,
    bool CancelAtPeriodEnd = false,
    string PriceId = StripeTestSettings.ProPriceId,
    string? UserId = null)
{
    public object ToJson() => new Dictionary<string, object?>
    {
        ["id"] = Id,
        ["object"] = "subscription",
        ["customer"] = CustomerId,
        ["status"] = Status,
        ["cancel_at_period_end"] = CancelAtPeriodEnd,
        ["metadata"] = UserId is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["user_id"] = UserId },
        ["items"] = new
        {
            @object = "list",
            data = new[]
            {
                new
                {
                    id = "si_" + Id,
                    @object = "subscription_item",
                    current_period_start = CurrentPeriodEnd.AddMonths(-1).ToUnixTimeSeconds(),
                    current_period_end = CurrentPeriodEnd.ToUnixTimeSeconds(),
                    price = new { id = PriceId, @object = "price" },
                    quantity = 1,
                },
            },
        },
    };
}
