using System.Diagnostics;
using System.Text;
using Jobpocalypse.Dataset.Tests;
using Xunit.Abstractions;

namespace Jobpocalypse.Web.Tests.Deployment;

/// <summary>
/// <c>build-dataset</c> killed with SIGKILL while it writes: the serving database is untouched (same bytes, old
/// version) and the next build removes the half-written file and succeeds.
/// </summary>
[Collection(KillCollection.Name)]
[Trait("Category", "Process")]
public class DatasetBuildKillTests(ITestOutputHelper log)
{
    [Fact]
    public async Task A_build_killed_mid_write_leaves_the_old_database_and_the_next_build_cleans_up()
    {
        using var folder = new TempFolder();
        var data = DatasetTestData.CopyDataTo(folder.File("data"));
        var target = folder.File("reference", "reference.db");
        await new DatasetBuilder().BuildAsync(data, target);
        var oldVersion = DatasetBuilder.ReadVersion(target);
        var oldHash = DatasetTestData.FileHash(target);
        // A changed input: a new version to build (a trailing newline changes the file's hash, not its meaning).
        File.AppendAllText(Path.Combine(data, "editorial", "29-2072.00.json"), "\n", new UTF8Encoding(false));
        var newVersion = DatasetBuilder.ComputeVersion(data);
        Assert.NotEqual(oldVersion, newVersion);

        long writtenAtKill;
        await using (var build = WebAppProcess.Start(["build-dataset", "--data", data, "--out", target, "--force"],
                         new Dictionary<string, string>(), folder.Path, WebAppProcess.CliDll))
        {
            // Killed once the temporary database has bytes in it: in the middle of writing, not before or after.
            var waited = Stopwatch.StartNew();
            string? temp;
            while ((temp = DatasetTestData.TempFilesBeside(target).SingleOrDefault()) is null || new FileInfo(temp).Length == 0)
            {
                Assert.False(build.HasExited, $"The build ended before it could be killed:\n{build.Output}");
                Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), $"No temporary database appeared:\n{build.Output}");
                await Task.Delay(5);
            }
            await build.KillHardAsync();
            writtenAtKill = new FileInfo(temp).Length;
            log.WriteLine($"killed {waited.ElapsedMilliseconds} ms after the start, with {writtenAtKill} bytes of {Path.GetFileName(temp)} written");
            Assert.NotEqual(0, build.ExitCode);
        }

        Assert.Equal(oldHash, DatasetTestData.FileHash(target));
        Assert.Equal(oldVersion, DatasetBuilder.ReadVersion(target));
        var stale = Assert.Single(DatasetTestData.TempFilesBeside(target));
        Assert.True(new FileInfo(stale).Length >= writtenAtKill);

        var (code, output) = await WebAppProcess.RunAsync(["build-dataset", "--data", data, "--out", target],
            new Dictionary<string, string>(), folder.Path, TimeSpan.FromMinutes(2));

        Assert.True(code == 0, output);
        Assert.Contains($"Dataset {DatasetBuilder.ShortVersion(newVersion)} built", output);
        Assert.Empty(DatasetTestData.TempFilesBeside(target));
        Assert.Equal(newVersion, DatasetBuilder.ReadVersion(target));
    }
}
