using Jobpocalypse.Web.Accounts;
using Jobpocalypse.Web.AppDatabase;
using Jobpocalypse.Web.Dataset;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Payments;
using Jobpocalypse.Web.Pdf;
using Jobpocalypse.Web.Reference;

if (DatasetCommand.IsInvocation(args)) return await DatasetCommand.RunAsync(args);
if (ScoreDistributionCommand.IsInvocation(args)) return await ScoreDistributionCommand.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);

builder.AddSiteLogging();
builder.Services.AddSingleton(TimeProvider.System);
builder.AddReferenceData();
builder.AddAppDatabase();
builder.AddAccounts();
builder.AddPayments();
builder.AddReportPdf();
builder.AddFormRateLimiting();
builder.AddSitePages();
builder.Services.AddSiteOutputCache();

var app = builder.Build();

app.UseSiteErrorPages();
app.UseSiteLogging();
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseOutputCache(); // after authentication: the cache policy skips signed-in readers
app.MapSitePages();
app.MapPayments();
app.MapReportPdf();

await app.RunAsync();
return 0;

public partial class Program;
