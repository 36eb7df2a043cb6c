using System.Net;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Dataset.Tests;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Jobpocalypse.Web.Tests.Reference;

public class ReferenceStartupTests
{
    /// <summary>The site on a given data folder, sharing an app-data folder with an earlier run.</summary>
    private sealed class SiteOnData(string dataFolder, string appData) : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("AppData", appData);
            builder.UseSetting("Dataset:SourcePath", dataFolder);
        }
    }

    // On a copy of the fixture dataset: what is checked is which build serves, not what the data holds.
    [Fact]
    public async Task A_corrupted_input_at_start_up_keeps_the_previous_dataset_serving()
    {
        using var appData = new TempFolder();
        using var data = new TempFolder();
        DatasetTestData.CopyFixtureTo(data.Path);
        string goodVersion;
        using (var first = new SiteOnData(data.Path, appData.Path))
        {
            using var client = first.CreateBrowserlessClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/occupations/29-2072-medical-records-specialists")).StatusCode);
            goodVersion = first.Services.GetRequiredService<ReferenceStore>().Current.Version;
        }

        var bls = Path.Combine(data.Path, "bls", "employment_projections_2024_34_table_1_2.csv");
        File.WriteAllText(bls, File.ReadAllText(bls).Replace("194.8,208.6", "lots,208.6"));

        using var second = new SiteOnData(data.Path, appData.Path);
        using var response = await second.CreateBrowserlessClient().GetAsync("/occupations/29-2072-medical-records-specialists");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(goodVersion, second.Services.GetRequiredService<ReferenceStore>().Current.Version);
        Assert.Equal(goodVersion, DatasetBuilder.ReadVersion(Path.Combine(appData.Path, "reference.db")));
    }
}
