using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Jobpocalypse.Web.AppDatabase;

/// <summary>
/// The data-protection key ring in the shared Postgres database (table <c>data_protection_keys</c>), so every
/// instance signs and reads cookies, antiforgery tokens and reset links with the same keys. Data protection calls
/// these synchronously, rarely (start-up and key roll-over, about every 90 days), never per request.
/// </summary>
public sealed class DatabaseXmlRepository(AppDb db, TimeProvider time) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = db.OpenAsync(CancellationToken.None).GetAwaiter().GetResult();
        return connection.Query<string>("SELECT xml FROM data_protection_keys ORDER BY created_at, name")
            .Select(XElement.Parse)
            .ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = db.OpenAsync(CancellationToken.None).GetAwaiter().GetResult();
        // Two instances creating a key at once each store their own: the ring keeps both and uses the newest.
        connection.Execute("""
            INSERT INTO data_protection_keys (name, xml, created_at) VALUES (@name, @xml, @now)
            ON CONFLICT (name) DO NOTHING
            """, new { name = friendlyName, xml = element.ToString(SaveOptions.DisableFormatting), now = time.GetUtcNow().ToUnixTimeSeconds() });
    }
}
