using Jobpocalypse.Web.Dataset;
using Jobpocalypse.Web.Downloads;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Search;
using Jobpocalypse.Web.Seo;

if (DatasetCommand.IsInvocation(args)) return await DatasetCommand.RunAsync(args);
if (ScoreDistributionCommand.IsInvocation(args)) return await ScoreDistributionCommand.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);

builder.AddSiteLogging();
builder.Services.AddSingleton(TimeProvider.System);
builder.AddReferenceData();
builder.AddOccupationSearch();
builder.AddSitePages();
builder.Services.AddSiteOutputCache();

var app = builder.Build();

app.UseSiteErrorPages();
app.UseSiteLogging();
app.UseStaticFiles();
app.UseRouting();
app.UseOutputCache();
app.MapSitePages();
app.MapReferenceDownloads();
app.MapSeoEndpoints();

await app.RunAsync();
return 0;

public partial class Program;
