using Jobpocalypse.Web.Accounts;
using Jobpocalypse.Web.Reference;
using Microsoft.Extensions.Options;
using Stripe;
using Stripe.Checkout;

namespace Jobpocalypse.Web.Payments;

/// <summary>Stripe Checkout Sessions (subscription for Pro, one-time payment for a PDF) and the billing portal.</summary>
public sealed class StripeCheckoutGateway(IStripeClient stripe, IOptions<StripeOptions> options, PaymentsStore store) : ICheckoutGateway
{
    public async Task<string> StartProCheckoutAsync(AppUser user, CheckoutReturn urls, CancellationToken ct)
    {
        var customer = await EnsureCustomerAsync(user, ct);
        var session = await new SessionService(stripe).CreateAsync(new SessionCreateOptions
        {
            Mode = "subscription",
            Customer = customer,
            ClientReferenceId = user.Id,
            LineItems = [new SessionLineItemOptions { Price = options.Value.ProPriceId, Quantity = 1 }],
            Metadata = new Dictionary<string, string> { [CheckoutMetadata.UserId] = user.Id },
            // The subscription carries the reader too, so its own events can be matched without the checkout event.
            SubscriptionData = new SessionSubscriptionDataOptions
            {
                Metadata = new Dictionary<string, string> { [CheckoutMetadata.UserId] = user.Id },
            },
            SuccessUrl = urls.SuccessUrl,
            CancelUrl = urls.CancelUrl,
        }, cancellationToken: ct);
        return session.Url;
    }

    public async Task<string> StartPdfCheckoutAsync(AppUser user, OccupationEntry occupation, CheckoutReturn urls, CancellationToken ct)
    {
        var customer = await EnsureCustomerAsync(user, ct);
        var session = await new SessionService(stripe).CreateAsync(new SessionCreateOptions
        {
            Mode = "payment",
            Customer = customer,
            ClientReferenceId = user.Id,
            LineItems = [new SessionLineItemOptions { Price = options.Value.PdfPriceId, Quantity = 1 }],
            Metadata = new Dictionary<string, string>
            {
                [CheckoutMetadata.UserId] = user.Id,
                [CheckoutMetadata.OccupationCode] = occupation.Code,
            },
            SuccessUrl = urls.SuccessUrl,
            CancelUrl = urls.CancelUrl,
        }, cancellationToken: ct);
        return session.Url;
    }

    public async Task<string?> StartPortalAsync(AppUser user, string returnUrl, CancellationToken ct)
    {
        if (await store.CustomerIdAsync(user.Id, ct) is not { } customer) return null;
        var session = await new Stripe.BillingPortal.SessionService(stripe).CreateAsync(
            new Stripe.BillingPortal.SessionCreateOptions { Customer = customer, ReturnUrl = returnUrl }, cancellationToken: ct);
        return session.Url;
    }

    public async Task CancelSubscriptionAsync(string subscriptionId, CancellationToken ct)
    {
        try
        {
            await new SubscriptionService(stripe).CancelAsync(subscriptionId, cancellationToken: ct);
        }
        catch (StripeException e) when (e.HttpStatusCode == System.Net.HttpStatusCode.NotFound)
        {
            // Stripe no longer has it: nothing left to cancel.
        }
    }

    /// <summary>
    /// The reader's Stripe customer, created at their first checkout. The idempotency key makes two simultaneous
    /// first checkouts create one customer, not two.
    /// </summary>
    private async Task<string> EnsureCustomerAsync(AppUser user, CancellationToken ct)
    {
        if (await store.CustomerIdAsync(user.Id, ct) is { } existing) return existing;
        var customer = await new CustomerService(stripe).CreateAsync(
            new CustomerCreateOptions { Email = user.Email, Metadata = new Dictionary<string, string> { [CheckoutMetadata.UserId] = user.Id } },
            new RequestOptions { IdempotencyKey = $"customer-{user.Id}" }, ct);
        return await store.SaveCustomerAsync(user.Id, customer.Id, ct);
    }
}
