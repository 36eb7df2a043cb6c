namespace Jobpocalypse.Scoring.Validation;

/// <summary>One occupation's scores beside the published measures it is checked against (null where a source has none).</summary>
public sealed record ValidationInput(string Code, string Title, OccupationScore Score, double? Gpt4Beta, double? HumanBeta,
    double? LmAioe, IReadOnlyDictionary<SignalKind, OccupationScore> WithoutSignal);

public sealed record Correlation(string Against, double? Rho, int Count);

public sealed record RankedOccupation(string Code, string Title, double Score, string Band);

public sealed record RankMove(string Code, string Title, int TaskRank, int OverallRank, double TaskSignal, double Overall)
{
    public int Move => TaskRank - OverallRank;
}

/// <summary>How many rated occupations would sit in another band if the signal were left out of the score.</summary>
public sealed record SignalBandEffect(SignalKind Kind, string Name, int Moved, int Rated);

/// <summary>
/// How the published score compares with the research it is built on and with independent measures, generated from the
/// data by code (docs/validation.md and the methodology page's validation section).
/// </summary>
public sealed record ValidationReport(
    int Rated,
    IReadOnlyList<Correlation> Correlations,
    double SameBandAsEvidence,
    double SameBandAsTasks,
    int LimitedByBand,
    IReadOnlyList<SignalBandEffect> SignalEffects,
    IReadOnlyList<RankedOccupation> Top,
    IReadOnlyList<RankedOccupation> Bottom,
    IReadOnlyList<RankMove> LargestMoves)
{
    public const int ListLength = 15;
    public const int MoveCount = 10;

    public Correlation Against(string name) => Correlations.Single(c => c.Against == name);

    public const string Gpt4 = "Eloundou et al. GPT-4 β";
    public const string Human = "Eloundou et al. human β";
    public const string LmAioe = "LM-AIOE (Felten et al.)";
    public const string ObservedUse = "AI applicability (Tomlinson et al.)";

    public static ValidationReport From(IReadOnlyList<ValidationInput> inputs, ScoringModel model)
    {
        var rated = inputs.Where(i => i.Score.Overall is not null).ToList();
        Correlation Corr(string name, Func<ValidationInput, double?> measure)
        {
            var pairs = rated.Where(i => measure(i) is not null).Select(i => (i.Score.Overall!.Value, measure(i)!.Value)).ToList();
            return new Correlation(name, Spearman.Rho(pairs), pairs.Count);
        }
        var correlations = new List<Correlation>
        {
            Corr(Gpt4, i => i.Gpt4Beta),
            Corr(Human, i => i.HumanBeta),
            Corr(LmAioe, i => i.LmAioe),
            Corr(ObservedUse, i => i.Score.Signal(SignalKind.ObservedUse).Value),
        };

        string Band(double score) => model.BandFor(score).Name;
        double Share(Func<ValidationInput, bool> same) => rated.Count == 0 ? 0 : (double)rated.Count(same) / rated.Count;

        var effects = model.Signals
            .Where(s => s.Kind != SignalKind.Tasks && rated.Any(i => i.WithoutSignal.ContainsKey(s.Kind)))
            .Select(s => new SignalBandEffect(s.Kind, s.Name,
                rated.Count(i => i.WithoutSignal.TryGetValue(s.Kind, out var without) && without.Band?.Name != i.Score.Band!.Name),
                rated.Count))
            .ToList();

        var ordered = rated.OrderByDescending(i => i.Score.Overall).ThenBy(i => i.Code, StringComparer.Ordinal).ToList();
        RankedOccupation Ranked(ValidationInput i) => new(i.Code, i.Title, i.Score.Overall!.Value, i.Score.Band!.Name);
        var taskRanks = Spearman.Ranks(rated.Select(i => -i.Score.TaskSignal.Value!.Value).ToList());
        var overallRanks = Spearman.Ranks(rated.Select(i => -i.Score.Overall!.Value).ToList());
        var moves = rated
            .Select((i, k) => new RankMove(i.Code, i.Title, (int)Math.Round(taskRanks[k]), (int)Math.Round(overallRanks[k]),
                i.Score.TaskSignal.Value!.Value, i.Score.Overall!.Value))
            .OrderByDescending(m => Math.Abs(m.Move))
            .ThenBy(m => m.Code, StringComparer.Ordinal)
            .Take(MoveCount)
            .ToList();

        return new ValidationReport(rated.Count, correlations,
            Share(i => Band(i.Score.Evidence!.Value) == i.Score.Band!.Name),
            Share(i => Band(i.Score.TaskSignal.Value!.Value) == i.Score.Band!.Name),
            rated.Count(i => i.Score.Market!.IsLimitedByBand),
            effects,
            ordered.Take(ListLength).Select(Ranked).ToList(),
            ordered.AsEnumerable().Reverse().Take(ListLength).Select(Ranked).ToList(),
            moves);
    }
}
