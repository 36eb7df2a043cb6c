using System.Net;
using Dapper;
using Jobpocalypse.Web.Tests.Accounts;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Jobpocalypse.Web.Tests.Pages.Me;

/// <summary>What a reader pastes is answered once and kept nowhere: no log line, no database row, no address.</summary>
public class PastePrivacyTests(LogCaptureFactory site) : IClassFixture<LogCaptureFactory>
{
    private const string Marker = "Quokkafrobnicate";

    [Fact]
    public async Task A_distinctive_paste_is_in_no_log_line_no_database_row_and_no_url()
    {
        using var reader = await Reader.SignedUpAsync(site);
        var duties = MeForms.MedicalCoder + $"\n- {Marker} the zebrafish ledger for Dr {Marker}.";

        using var response = await MeForms.PasteAsync(reader, duties);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Location);
        var doc = await SiteFactory.ParseAsync(response);
        // The answer shows it back to the reader (it is theirs), as a line that matched nothing.
        Assert.Contains(Marker, MeForms.Text(doc, "me-not-matched"), StringComparison.Ordinal);
        var links = doc.QuerySelectorAll("[href], [action], [src]")
            .SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("action"), e.GetAttribute("src") }).OfType<string>().ToList();
        Assert.Contains(links, l => l.StartsWith("/me/report?t=", StringComparison.Ordinal));
        Assert.All(links, l => Assert.DoesNotContain(Marker, l, StringComparison.OrdinalIgnoreCase));
        Assert.All(links, l => Assert.DoesNotContain("zebrafish", l, StringComparison.OrdinalIgnoreCase));

        var log = site.ReadLog();
        Assert.Contains("/me", log, StringComparison.Ordinal); // the request was logged, by path only
        Assert.DoesNotContain(Marker, log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("zebrafish", log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("inpatient", log, StringComparison.OrdinalIgnoreCase);

        var rows = await EveryTextValueAsync();
        Assert.NotEmpty(rows); // the reader's account is there: the scan reads real rows
        Assert.DoesNotContain(rows, v => v.Contains(Marker, StringComparison.OrdinalIgnoreCase) || v.Contains("zebrafish", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Every value of every column of every table of the app database, as text.</summary>
    private async Task<IReadOnlyList<string>> EveryTextValueAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={AppDbQueries.PathOf(site)};Pooling=False");
        await connection.OpenAsync();
        var tables = await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'");
        var values = new List<string>();
        foreach (var table in tables)
        {
            var quoted = "\"" + table.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            foreach (IDictionary<string, object?> row in await connection.QueryAsync($"SELECT * FROM {quoted}"))
                values.AddRange(row.Values.Select(v => v switch { byte[] b => System.Text.Encoding.UTF8.GetString(b), _ => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "" }));
        }
        return values;
    }
}
