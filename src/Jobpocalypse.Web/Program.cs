using Jobpocalypse.Web.Dataset;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Reference;

if (DatasetCommand.IsInvocation(args)) return await DatasetCommand.RunAsync(args);
if (ScoreDistributionCommand.IsInvocation(args)) return await ScoreDistributionCommand.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);

builder.AddSiteLogging();
builder.Services.AddSingleton(TimeProvider.System);
builder.AddReferenceData();
builder.AddSitePages();
builder.Services.AddSiteOutputCache();

var app = builder.Build();

app.UseSiteErrorPages();
app.UseSiteLogging();
app.UseStaticFiles();
app.UseRouting();
app.UseOutputCache();
app.MapSitePages();

await app.RunAsync();
return 0;

public partial class Program;
