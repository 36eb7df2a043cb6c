if (Jobpocalypse.Web.Dataset.DatasetCommand.IsInvocation(args)) return await Jobpocalypse.Web.Dataset.DatasetCommand.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "Jobpocalypse");
app.Run();
return 0;

public partial class Program;
