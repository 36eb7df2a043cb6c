using System.Collections.Concurrent;

namespace Jobpocalypse.Scoring.Pro;

/// <summary>
/// The content words of task statements under one overlap rule, each statement reduced once. Comparing the tasks
/// of every occupation with those of its whole category reads each statement hundreds of times; the caller keeps one
/// instance per dataset (the web app: per snapshot), so each statement is stemmed once, and its words are also kept as
/// word numbers, which <see cref="SourceTasks"/> indexes so that comparing statements needs no string look-ups.
/// </summary>
public sealed class TaskWords(TaskOverlapRule rule)
{
    private readonly ConcurrentDictionary<string, Reduced> _byText = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private int _lastNumber;

    internal sealed record Reduced(IReadOnlySet<string> Words, int[] Numbers);

    public TaskOverlapRule Rule => rule;

    public IReadOnlySet<string> Of(string text) => Reduce(text).Words;

    internal Reduced Reduce(string text) => _byText.GetOrAdd(text, t =>
    {
        var words = TaskText.ContentWords(t, rule);
        var numbers = words.Select(w => _numbers.GetOrAdd(w, _ => Interlocked.Increment(ref _lastNumber))).ToArray();
        return new Reduced(words, numbers);
    });

    /// <summary><see cref="TaskText.Cosine"/> from counts: shared words ÷ √(size × size), 0 when either is empty.</summary>
    internal static double Cosine(int shared, int sizeA, int sizeB) =>
        sizeA == 0 || sizeB == 0 ? 0 : shared / Math.Sqrt((double)sizeA * sizeB);
}
