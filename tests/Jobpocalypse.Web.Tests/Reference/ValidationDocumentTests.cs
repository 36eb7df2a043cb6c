using Jobpocalypse.Scoring.Validation;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Tests.Deployment;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.Web.Tests.Reference;

/// <summary>docs/validation.md is generated from the data by the code; this test fails when the two disagree.</summary>
[Collection(SiteCollection.Name)]
public class ValidationDocumentTests(SiteFactory site)
{
    [Fact]
    public void Committed_validation_document_is_the_one_the_data_gives()
    {
        var snapshot = site.Services.GetRequiredService<ReferenceStore>().Current;
        var expected = ValidationDocument.Markdown(snapshot.Validation);
        var path = Path.Combine(RepositoryPaths.Root, "docs", "validation.md");

        if (Environment.GetEnvironmentVariable("UPDATE_VALIDATION") == "1") File.WriteAllText(path, expected);

        Assert.True(File.Exists(path), "docs/validation.md is missing; run with UPDATE_VALIDATION=1 to write it");
        Assert.Equal(expected.ReplaceLineEndings("\n"), File.ReadAllText(path).ReplaceLineEndings("\n"));
    }
}
