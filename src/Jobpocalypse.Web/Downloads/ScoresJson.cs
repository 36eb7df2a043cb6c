using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jobpocalypse.Web.Downloads;

/// <summary>The JSON download: the dataset it was computed from, then every occupation's record.</summary>
public sealed record ScoresDocument(string DatasetVersion, string BuiltAt, IReadOnlyList<string> Attribution, int Count, IReadOnlyList<ScoreRecord> Occupations)
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DictionaryKeyPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never, // a missing value is written as null, not left out
    };

    public byte[] ToUtf8() => JsonSerializer.SerializeToUtf8Bytes(this, Options);
}
