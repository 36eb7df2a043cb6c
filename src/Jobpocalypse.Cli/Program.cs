namespace Jobpocalypse.Cli;

// A named class, not top-level statements: the tests reference this assembly and the site's global Program.
internal static class Program
{
    public static Task<int> Main(string[] args) => CliApp.RunAsync(args, Console.Out, Console.Error, TimeProvider.System);
}
