using System.Globalization;
using System.Net;
using System.Text.Json;
using CsvHelper;
using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.Web.Tests.Downloads;

/// <summary>The CSV and JSON downloads against the loaded snapshot: one record per occupation, the same values in both.</summary>
[Collection(SiteCollection.Name)]
public class ScoresDownloadTests(SiteFactory site)
{
    private const string MedicalRecords = "29-2072.00";

    private ReferenceSnapshot Snapshot => site.Services.GetRequiredService<ReferenceStore>().Current;

    [Fact]
    public async Task Csv_is_utf8_text_csv_named_for_the_dataset_version()
    {
        using var client = site.CreateBrowserlessClient();

        using var response = await client.GetAsync("/data/scores.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal($"jobpocalypse-scores-{Snapshot.ShortVersion}.csv", disposition.FileName!.Trim('"'));
        using var again = await client.GetAsync("/data/scores.csv");
        Assert.NotNull(again.Headers.Age); // output-cached like the pages (OutputCacheTests covers the version key)
    }

    [Fact]
    public async Task Csv_has_a_header_and_exactly_one_row_per_occupation()
    {
        var (header, rows) = await ReadCsvAsync();

        Assert.Equal(
            ["code", "soc_code", "title", "slug", "url", "category_code", "category_title", "overall", "band", "what_ai_can_do",
             "market_adjustment", "task_signal", "ai_exposure_prior", "observed_use", "outlook", "demand", "entry_education",
             "credential_trend", "entry", "mid", "senior", "dataset_version"],
            header);
        Assert.Equal(Snapshot.Occupations.Count, rows.Count);
        Assert.Equal(Snapshot.Occupations.Select(o => o.Code).Order(StringComparer.Ordinal),
            rows.Select(r => r["code"]).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal(Snapshot.Version, r["dataset_version"]));
        Assert.All(rows, r => Assert.Equal("http://localhost" + Snapshot.ByCode(r["code"])!.Url, r["url"]));
    }

    [Fact]
    public async Task Csv_row_of_29_2072_carries_its_scores()
    {
        var (_, rows) = await ReadCsvAsync();
        var entry = Snapshot.ByCode(MedicalRecords)!;
        var s = entry.Score;

        var row = Assert.Single(rows, r => r["code"] == MedicalRecords);

        Assert.Equal("29-2072", row["soc_code"]);
        Assert.Equal("Medical Records Specialists", row["title"]);
        Assert.Equal("29-2072-medical-records-specialists", row["slug"]);
        Assert.Equal("29-0000", row["category_code"]);
        Assert.Equal("Healthcare Practitioners and Technical Occupations", row["category_title"]);
        Assert.Equal(OneDecimal(s.Overall), row["overall"]);
        Assert.Equal(s.Band!.Name, row["band"]);
        Assert.Equal(OneDecimal(s.TaskSignal.Value), row["task_signal"]);
        Assert.Equal(OneDecimal(s.Signal(SignalKind.AiExposurePrior).Value), row["ai_exposure_prior"]);
        Assert.Equal(OneDecimal(s.Signal(SignalKind.Outlook).Value), row["outlook"]);
        Assert.Equal("", row["demand"]); // pending: no value, not zero
        Assert.Equal(OneDecimal(s.Signal(SignalKind.EntryEducation).Value), row["entry_education"]);
        Assert.Equal(OneDecimal(s.Signal(SignalKind.CredentialTrend).Value), row["credential_trend"]);
        Assert.Equal(OneDecimal(s.Level(SeniorityLevel.Entry)), row["entry"]);
        Assert.Equal(OneDecimal(s.Level(SeniorityLevel.Mid)), row["mid"]);
        Assert.Equal(OneDecimal(s.Level(SeniorityLevel.Senior)), row["senior"]);
        // The report's hand-worked figures (see ReportPageTests): what AI can do 59.7, overall 59.5, outlook 50 − 4 × 7.1 = 21.6.
        Assert.Equal("59.7", row["what_ai_can_do"]);
        Assert.Equal("-0.2", row["market_adjustment"]);
        Assert.Equal("59.5", row["overall"]);
        Assert.Equal("27.1", row["observed_use"]);
        Assert.Equal("21.6", row["outlook"]);
    }

    [Fact]
    public async Task Json_is_camel_case_with_the_same_count_and_values_as_the_snapshot()
    {
        using var client = site.CreateBrowserlessClient();

        using var response = await client.GetAsync("/data/scores.json");

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal($"jobpocalypse-scores-{Snapshot.ShortVersion}.json", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        var root = json.RootElement;
        Assert.Equal(Snapshot.Version, root.GetProperty("datasetVersion").GetString());
        Assert.Equal(Snapshot.BuiltAt, root.GetProperty("builtAt").GetString());
        var attribution = root.GetProperty("attribution").EnumerateArray().Select(a => a.GetString()!).ToList();
        Assert.Contains(attribution, a => a.Contains("O*NET 29.3 Database") && a.Contains("CC BY 4.0"));
        Assert.Contains(attribution, a => a.Contains("Working with AI") && a.Contains("CC BY 4.0"));
        var occupations = root.GetProperty("occupations").EnumerateArray().ToList();
        Assert.Equal(Snapshot.Occupations.Count, occupations.Count);
        Assert.Equal(occupations.Count, root.GetProperty("count").GetInt32());
        Assert.Equal(occupations.Count, occupations.Select(o => o.GetProperty("code").GetString()).Distinct().Count());

        var mrs = occupations.Single(o => o.GetProperty("code").GetString() == MedicalRecords);
        var s = Snapshot.ByCode(MedicalRecords)!.Score;
        Assert.Equal(Round(s.Overall), mrs.GetProperty("overall").GetDouble());
        Assert.Equal(s.Band!.Name, mrs.GetProperty("band").GetString());
        Assert.Equal(Round(s.TaskSignal.Value), mrs.GetProperty("taskSignal").GetDouble());
        var signals = mrs.GetProperty("signals");
        Assert.Equal(Round(s.Signal(SignalKind.AiExposurePrior).Value), signals.GetProperty("aiExposurePrior").GetDouble());
        Assert.Equal(Round(s.Signal(SignalKind.Outlook).Value), signals.GetProperty("outlook").GetDouble());
        Assert.Equal(JsonValueKind.Null, signals.GetProperty("demand").ValueKind);
        Assert.Equal(Round(s.Signal(SignalKind.EntryEducation).Value), signals.GetProperty("entryEducation").GetDouble());
        Assert.Equal(Round(s.Signal(SignalKind.CredentialTrend).Value), signals.GetProperty("credentialTrend").GetDouble());
        Assert.Equal(Round(s.Level(SeniorityLevel.Entry)), mrs.GetProperty("entry").GetDouble());
        Assert.Equal(Round(s.Level(SeniorityLevel.Mid)), mrs.GetProperty("mid").GetDouble());
        Assert.Equal(Round(s.Level(SeniorityLevel.Senior)), mrs.GetProperty("senior").GetDouble());
        Assert.Equal("http://localhost/occupations/29-2072-medical-records-specialists", mrs.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Csv_and_json_agree_on_every_occupation()
    {
        var (_, rows) = await ReadCsvAsync();
        using var client = site.CreateBrowserlessClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/data/scores.json"));

        var byCode = json.RootElement.GetProperty("occupations").EnumerateArray()
            .ToDictionary(o => o.GetProperty("code").GetString()!);

        Assert.All(rows, row =>
        {
            var o = byCode[row["code"]];
            Assert.Equal(row["overall"], Csv(o.GetProperty("overall")));
            Assert.Equal(row["task_signal"], Csv(o.GetProperty("taskSignal")));
            Assert.Equal(row["ai_exposure_prior"], Csv(o.GetProperty("signals").GetProperty("aiExposurePrior")));
            Assert.Equal(row["senior"], Csv(o.GetProperty("senior")));
            Assert.Equal(row["band"], o.GetProperty("band").GetString() ?? "");
        });
    }

    private async Task<(IReadOnlyList<string> Header, List<Dictionary<string, string>> Rows)> ReadCsvAsync()
    {
        using var client = site.CreateBrowserlessClient();
        var text = await client.GetStringAsync("/data/scores.csv");
        // The attribution lines lead the file as '#' comments; the table follows.
        var lines = text.Split("\r\n");
        Assert.Contains(lines, l => l.StartsWith("# This site includes information from the O*NET 29.3 Database", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("# Observed AI use: Tomlinson", StringComparison.Ordinal) && l.Contains("CC BY 4.0"));
        Assert.Contains(lines, l => l.StartsWith("# Task labels:", StringComparison.Ordinal) && l.Contains("MIT"));
        var bytes = System.Text.Encoding.UTF8.GetBytes(string.Join("\r\n", lines.SkipWhile(l => l.StartsWith('#'))));
        using var reader = CsvReader.Create(bytes, new CsvReaderOptions
        {
            HasHeader = true,
            Mode = CsvMode.Rfc4180,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
        });
        var header = reader.Headers.ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
            rows.Add(header.Select((name, i) => (name, value: reader.GetString(i) ?? "")).ToDictionary(f => f.name, f => f.value));
        return (header, rows);
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero) : null;

    private static string OneDecimal(double? value) => Round(value) is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "";

    private static string Csv(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? "" : value.GetDouble().ToString("0.0", CultureInfo.InvariantCulture);
}
