var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "Jobpocalypse");
app.Run();

public partial class Program;
