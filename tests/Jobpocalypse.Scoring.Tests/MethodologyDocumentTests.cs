namespace Jobpocalypse.Scoring.Tests;

public class MethodologyDocumentTests
{
    [Fact]
    public void Committed_methodology_document_states_the_constants_the_code_uses()
    {
        var path = Path.Combine(RepositoryData.Folder, "..", "docs", "methodology.md");
        var expected = MethodologyDocument.Markdown(ScoringModel.Default);
        if (Environment.GetEnvironmentVariable("UPDATE_METHODOLOGY") == "1") File.WriteAllText(path, expected);

        Assert.True(File.Exists(path), "docs/methodology.md is missing; regenerate it with UPDATE_METHODOLOGY=1.");
        Assert.Equal(expected, File.ReadAllText(path));
    }
}
