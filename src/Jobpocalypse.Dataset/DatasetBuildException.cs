namespace Jobpocalypse.Dataset;

/// <summary>
/// The dataset could not be built from its inputs. The message names the input file (relative to the
/// data folder), the line when there is one, and the reason. The target database is never touched.
/// </summary>
public sealed class DatasetBuildException : Exception
{
    public DatasetBuildException(string? file, long? line, string reason, Exception? inner = null)
        : base(Format(file, line, reason), inner)
    {
        File = file;
        Line = line;
        Reason = reason;
    }

    /// <summary>The input file at fault, relative to the data folder with '/' separators ('bls/…csv'), if any.</summary>
    public string? File { get; }

    /// <summary>The 1-based line of <see cref="File"/> where the faulty record starts, if known.</summary>
    public long? Line { get; }

    public string Reason { get; }

    private static string Format(string? file, long? line, string reason) => (file, line) switch
    {
        (null, _) => reason,
        (_, null) => $"{file}: {reason}",
        _ => $"{file}, line {line}: {reason}",
    };
}
