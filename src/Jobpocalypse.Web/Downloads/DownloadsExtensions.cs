using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Web.Downloads;

public static class DownloadsExtensions
{
    /// <summary>
    /// GET /data/scores.csv and /data/scores.json: every occupation's free scores from the current snapshot.
    /// Both are anonymous GETs, so the base output-cache policy caches them per dataset version.
    /// </summary>
    public static void MapReferenceDownloads(this WebApplication app)
    {
        app.MapGet("/data/scores.csv", (HttpContext http, ReferenceStore store) =>
        {
            var snapshot = store.Current;
            var records = ScoreRecord.From(snapshot, Origin(http.Request));
            var bytes = ScoresCsv.Write(records, ScoreRecord.SignalKeys(snapshot.Model), snapshot.Version);
            return Results.File(bytes, "text/csv; charset=utf-8", FileName(snapshot, "csv"));
        });

        app.MapGet("/data/scores.json", (HttpContext http, ReferenceStore store) =>
        {
            var snapshot = store.Current;
            var records = ScoreRecord.From(snapshot, Origin(http.Request));
            var document = new ScoresDocument(snapshot.Version, snapshot.BuiltAt, ScoreRecord.Attribution, records.Count, records);
            return Results.File(document.ToUtf8(), "application/json; charset=utf-8", FileName(snapshot, "json"));
        });
    }

    private static string Origin(HttpRequest request) => $"{request.Scheme}://{request.Host}";

    private static string FileName(ReferenceSnapshot snapshot, string extension) =>
        $"jobpocalypse-scores-{snapshot.ShortVersion}.{extension}";
}
