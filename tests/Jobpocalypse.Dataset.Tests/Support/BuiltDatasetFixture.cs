
namespace Jobpocalypse.Dataset.Tests;

/// <summary>The real data/ built once into a temporary reference database, for a test class to read.</summary>
public sealed class BuiltDatasetFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public string DatabasePath => _folder.File("reference.db");

    public DatasetBuildResult Result { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Result = await new DatasetBuilder().EnsureBuiltAsync(DatasetTestData.DataFolderPath, DatabasePath);

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
