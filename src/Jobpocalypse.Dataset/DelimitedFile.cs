using CsvHelper;

namespace Jobpocalypse.Dataset;

/// <summary>
/// Reads a CSV or TSV input (RFC 4180 quoting, as the O*NET and BLS exports use it) with CsvHelper. Checks that the
/// header has the columns the caller needs and that every record has as many fields as the header; anything
/// malformed stops the build with the file, the line and the reason.
/// </summary>
internal static class DelimitedFile
{
    public static IEnumerable<SourceRow> Read(DatasetInputs inputs, string relativePath, char separator, params string[] columns)
    {
        var options = new CsvReaderOptions
        {
            Separator = separator,
            HasHeader = true,
            Mode = CsvMode.Rfc4180,
            SkipEmptyLines = false,
            AllowLineBreaksInQuotes = false,
            TrimWhitespace = false,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow, // checked below, to name the line and the counts
            MissingField = CsvMissingFieldHandling.Throw,
            PoolStrings = true,
        };
        using var reader = CsvReader.Create(inputs[relativePath], options);

        string[] header;
        try
        {
            header = reader.Headers.ToArray();
        }
        catch (CsvFormatException e)
        {
            throw new DatasetBuildException(relativePath, 1, $"malformed header: {e.Message}", e);
        }
        var columnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
            columnIndex.TryAdd(header[i], i);
        foreach (var column in columns)
        {
            if (!columnIndex.ContainsKey(column))
                throw new DatasetBuildException(relativePath, 1, $"missing column '{column}'");
        }
        var layout = new SourceRow.Layout(relativePath, columnIndex);
        // Only the requested columns become strings (the Eloundou files repeat every task's text, unused here).
        var wanted = columns.Select(c => columnIndex[c]).Distinct().ToArray();

        while (true)
        {
            bool more;
            try
            {
                more = reader.Read();
            }
            catch (CsvFormatException e)
            {
                throw new DatasetBuildException(relativePath, e.LineNumber > 0 ? e.LineNumber : null, $"malformed record: {e.Message}", e);
            }
            if (!more)
                yield break;

            var line = reader.LineNumber;
            if (reader.FieldCount != header.Length)
            {
                throw new DatasetBuildException(relativePath, line,
                    $"expected {header.Length} fields, found {reader.FieldCount} (truncated or malformed record)");
            }
            var fields = new string?[header.Length];
            foreach (var i in wanted)
                fields[i] = reader.GetString(i) ?? "";
            yield return new SourceRow(layout, line, fields);
        }
    }
}
