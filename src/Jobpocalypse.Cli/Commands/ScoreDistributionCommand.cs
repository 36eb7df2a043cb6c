using System.CommandLine;
using Jobpocalypse.Scoring;
using Jobpocalypse.Web.Reference;

namespace Jobpocalypse.Cli.Commands;

/// <summary>
/// <c>score-distribution [--data &lt;dir&gt;] [--out &lt;file&gt;] [--occupation &lt;code&gt;]</c>: builds the reference
/// database if needed, prints the score distribution (and one occupation's breakdown), then the share of 2024 US
/// employment whose occupation has an editorial analysis.
/// </summary>
internal static class ScoreDistributionCommand
{
    public const string Name = "score-distribution";

    public static Command Create()
    {
        var data = CommandOptions.Data();
        var database = CommandOptions.Database();
        var occupation = new Option<string?>("--occupation")
        {
            Description = "Also print this occupation's score signal by signal (an O*NET-SOC code, e.g. 29-2072.00)",
            HelpName = "code",
        };
        var command = new Command(Name, "Prints the distribution of the overall scores and the editorial analyses' employment coverage")
        {
            data, database, occupation,
        };
        command.SetAction(async (parsed, ct) =>
        {
            var output = parsed.InvocationConfiguration.Output;
            var options = CommandOptions.Dataset(parsed, data, database);
            try
            {
                var result = await new DatasetBuilder().EnsureBuiltAsync(options.ResolveSourcePath(), options.ResolveDatabasePath(), ct);
                var snapshot = await ReferenceLoader.LoadAsync(result.DatabasePath, ScoringModel.Default, ct);
                await output.WriteAsync(ScoreDistribution.Describe(snapshot));
                if (parsed.GetValue(occupation) is { } code)
                {
                    if (snapshot.ByCode(code) is not { } entry)
                    {
                        await parsed.InvocationConfiguration.Error.WriteLineAsync($"{Name}: no occupation {code} in dataset {snapshot.ShortVersion}");
                        return CliApp.Failed;
                    }
                    await output.WriteAsync(ScoreDistribution.Breakdown(entry));
                }
                var analysed = snapshot.Occupations.Where(o => o.HasAnalysis).Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
                await output.WriteLineAsync(EditorialCoverage.Compute(options.ResolveSourcePath(), analysed).Describe());
                return CliApp.Done;
            }
            catch (DatasetBuildException e)
            {
                await parsed.InvocationConfiguration.Error.WriteLineAsync($"{Name}: {e.Message}");
                return CliApp.Failed;
            }
        });
        return command;
    }
}
