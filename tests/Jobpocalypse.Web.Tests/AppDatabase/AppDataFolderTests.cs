using Jobpocalypse.Dataset.Tests;
using Jobpocalypse.Web.AppDatabase;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Jobpocalypse.Web.Tests.AppDatabase;

/// <summary>Where a new machine's site puts its databases when nothing is configured.</summary>
public class AppDataFolderTests(AppDataFolderTests.NewMachineSiteFactory site) : IClassFixture<AppDataFolderTests.NewMachineSiteFactory>
{
    /// <summary>
    /// No shared reference database: this host builds its own where the defaults put it, from the fixture dataset
    /// (where the database goes does not depend on what it holds).
    /// </summary>
    public sealed class NewMachineSiteFactory : SiteFactory
    {
        protected override bool UsesSharedReferenceDatabase => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Dataset:SourcePath", DatasetTestData.FixturePath);
        }
    }

    [Fact]
    public void The_app_database_sits_in_the_app_data_folder_beside_but_apart_from_the_reference_database()
    {
        var app = site.Services.GetRequiredService<IOptions<AppDatabaseOptions>>().Value.Path;
        var reference = site.Services.GetRequiredService<IOptions<DatasetOptions>>().Value.ResolveDatabasePath();

        Assert.Equal(Path.Combine(site.AppData, "app.db"), app);
        Assert.Equal(Path.Combine(site.AppData, "reference.db"), reference);
        Assert.True(File.Exists(app));
        Assert.True(File.Exists(reference));
    }
}
