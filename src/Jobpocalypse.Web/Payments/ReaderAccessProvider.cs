using System.Security.Claims;
using Jobpocalypse.Web.Accounts;

namespace Jobpocalypse.Web.Payments;

/// <summary>
/// Scoped: the first caller in a request works out the reader's access, later callers reuse it. The records come
/// from <see cref="ReaderRecords"/> (the same read the session check made); Pro is decided now, against the clock.
/// </summary>
public sealed class ReaderAccessProvider(IHttpContextAccessor http, ReaderRecords readers, PaymentSettings payments, TimeProvider time)
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
        var records = await readers.GetAsync(userId, ct);
        if (records is null) return _access = ReaderAccess.Anonymous(payments); // deleted during this request
        var subscriptions = records.Subscriptions;
        var granting = subscriptions.FirstOrDefault(s => Entitlements.GrantsPro(s.Status, s.PriceId, s.PeriodEnd, now, payments.ProPriceId));
        var purchases = records.Purchases;
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
