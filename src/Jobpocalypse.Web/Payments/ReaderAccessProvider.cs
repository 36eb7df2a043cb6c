using System.Security.Claims;

namespace Jobpocalypse.Web.Payments;

/// <summary>Scoped: the first caller in a request loads the reader's access, later callers reuse it.</summary>
public sealed class ReaderAccessProvider(IHttpContextAccessor http, PaymentsStore store, PaymentSettings payments, TimeProvider time)
{
    private ReaderAccess? _access;

    public async Task<ReaderAccess> GetAsync(CancellationToken ct)
    {
        if (_access is not null) return _access;
        var userId = http.HttpContext?.User is { Identity.IsAuthenticated: true } user
            ? user.FindFirstValue(ClaimTypes.NameIdentifier)
            : null;
        if (userId is null) return _access = ReaderAccess.Anonymous(payments);

        var now = time.GetUtcNow();
        var subscriptions = await store.SubscriptionsAsync(userId, ct);
        var granting = subscriptions.FirstOrDefault(s => Entitlements.GrantsPro(s.Status, s.PriceId, s.PeriodEnd, now, payments.ProPriceId));
        var purchases = await store.PurchasesAsync(userId, ct);
        var owned = purchases.Where(p => p.Status == Fulfilment.Status.Paid)
            .Select(p => p.OccupationCode)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var pending = purchases.Where(p => p.Status == Fulfilment.Status.Pending)
            .Select(p => p.OccupationCode)
            .Where(code => !owned.Contains(code))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        // The subscription shown: the granting one, else the reader's latest Pro one, else their latest of any price.
        var shown = granting ?? subscriptions.FirstOrDefault(s => s.PriceId == payments.ProPriceId) ?? subscriptions.FirstOrDefault();
        return _access = new ReaderAccess(userId, granting is not null, owned, pending, shown, payments);
    }
}
