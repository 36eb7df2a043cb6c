
namespace Jobpocalypse.Dataset.Tests;

public sealed class DataFolderAndSlugTests
{
    [Fact]
    public void Locates_the_repository_data_folder_from_below()
    {
        var data = DataFolder.Locate();
        Assert.True(File.Exists(Path.Combine(data, DataFolder.MarkerFile)));
        Assert.Equal("data", Path.GetFileName(data));
        Assert.Equal(data, DataFolder.TryLocate(Path.Combine(data, "bls")));
        Assert.Null(DataFolder.TryLocate(Path.GetPathRoot(data)!));
    }

    [Theory]
    [InlineData("29-2072.00", "Medical Records Specialists", "29-2072-medical-records-specialists")]
    [InlineData("11-1011.03", "Chief Sustainability Officers", "11-1011.03-chief-sustainability-officers")]
    [InlineData("33-3051.00", "Police and Sheriff's Patrol Officers", "33-3051-police-and-sheriffs-patrol-officers")]
    [InlineData("15-1252.00", "Software Developers", "15-1252-software-developers")]
    public void Occupation_slugs(string code, string title, string slug) => Assert.Equal(slug, Slug.ForOccupation(code, title));

    [Theory]
    [InlineData("Healthcare Practitioners and Technical Occupations", "healthcare-practitioners-and-technical")]
    [InlineData("Arts, Design, Entertainment, Sports, and Media Occupations", "arts-design-entertainment-sports-and-media")]
    public void Category_slugs(string title, string slug) => Assert.Equal(slug, Slug.ForCategory(title));

    [Fact]
    public void Options_default_to_app_data_under_the_current_directory()
    {
        var options = new DatasetOptions();
        Assert.Equal(Path.GetFullPath("app-data/reference.db"), options.ResolveDatabasePath());
        Assert.Equal(DataFolder.Locate(), options.ResolveSourcePath());
    }
}
