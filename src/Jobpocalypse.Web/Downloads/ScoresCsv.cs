using CsvHelper;
using Jobpocalypse.Web.Infrastructure;

namespace Jobpocalypse.Web.Downloads;

/// <summary>
/// Writes the scores as CSV (UTF-8, CRLF, quoted only where needed): '#' attribution lines, then a header and one row per
/// occupation in RFC 4180.
/// </summary>
public static class ScoresCsv
{
    public static byte[] Write(IReadOnlyList<ScoreRecord> records, IReadOnlyList<string> signalKeys, string datasetVersion)
    {
        string[] header =
        [
            "code", "soc_code", "title", "slug", "url", "category_code", "category_title",
            "overall", "band", "what_ai_can_do", "market_adjustment", "task_signal",
            .. signalKeys.Select(ScoreRecord.SnakeCase),
            "entry", "mid", "senior", "dataset_version",
        ];

        using var buffer = new MemoryStream();
        // The licences' attribution lines lead the file as '#' comment lines (most CSV readers can skip them, e.g.
        // pandas' comment='#'), so the data travels with its credits.
        using (var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(false), leaveOpen: true) { NewLine = "\r\n" })
        {
            foreach (var line in ScoreRecord.Attribution) writer.WriteLine("# " + line);
        }
        using (var csv = CsvWriter.Create(buffer, CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteHeader(header);
            foreach (var r in records)
            {
                csv.WriteRecord(
                [
                    r.Code, r.SocCode, r.Title, r.Slug, r.Url, r.CategoryCode, r.CategoryTitle,
                    Number(r.Overall), r.Band, Number(r.WhatAiCanDo), Number(r.MarketAdjustment), Number(r.TaskSignal),
                    .. signalKeys.Select(k => Number(r.Signals[k])),
                    Number(r.Entry), Number(r.Mid), Number(r.Senior), datasetVersion,
                ]);
            }
            csv.Flush();
        }
        return buffer.ToArray();
    }

    // Null stays an empty field: "no value" must not read as a score of zero.
    private static string? Number(double? value) => value is null ? null : Display.Points(value);
}
