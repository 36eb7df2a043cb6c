using Jobpocalypse.Web.AppDatabase;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Jobpocalypse.Web.Tests.AppDatabase;

[Collection(SiteCollection.Name)]
public class AppDataFolderTests(SiteFactory site)
{
    [Fact]
    public void The_app_database_sits_in_the_app_data_folder_beside_but_apart_from_the_reference_database()
    {
        var app = site.Services.GetRequiredService<IOptions<AppDatabaseOptions>>().Value.Path;
        var reference = site.Services.GetRequiredService<IOptions<DatasetOptions>>().Value.ResolveDatabasePath();

        Assert.Equal(Path.Combine(site.AppData, "app.db"), app);
        Assert.Equal(Path.Combine(site.AppData, "reference.db"), reference);
        Assert.True(File.Exists(app));
    }
}
