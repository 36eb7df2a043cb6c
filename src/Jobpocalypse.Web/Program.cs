using Jobpocalypse.Web.Accounts;
using Jobpocalypse.Web.AppDatabase;
using Jobpocalypse.Web.Cards;
using Jobpocalypse.Web.Downloads;
using Jobpocalypse.Web.Health;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Payments;
using Jobpocalypse.Web.Pdf;
using Jobpocalypse.Web.Pro;
using Jobpocalypse.Web.Reference;
using Jobpocalypse.Web.Search;
using Jobpocalypse.Web.Seo;

var builder = WebApplication.CreateBuilder(args);

builder.AddSiteLogging();
builder.AddSiteOrigin();
builder.AddGracefulShutdown();
builder.Services.AddSingleton(TimeProvider.System);
builder.AddReferenceData();
builder.AddOccupationSearch();
builder.AddAppDatabase();
builder.AddAccounts();
builder.AddPayments();
builder.AddReportPdf();
builder.AddShareCards();
builder.AddFormRateLimiting();
builder.AddSitePages();
builder.Services.AddSiteOutputCache();
builder.Services.AddSiteHealthChecks();

var app = builder.Build();

app.UseSiteForwardedHeaders();
app.UseSecurityHeaders();
app.UseSiteLogging();
app.UseSiteErrorPages();
app.UseStaticFiles();
app.UseRouting();
app.UseFormMethods();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseOutputCache(); // after authentication: the cache policy skips signed-in readers
app.MapSitePages();
app.MapReferenceDownloads();
app.MapSeoEndpoints();
app.MapSiteHealthChecks();
app.MapPayments();
app.MapReportPdf();
app.MapShareCards();

await app.RunAsync();
return 0;

public partial class Program;
