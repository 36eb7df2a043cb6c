namespace Jobpocalypse.Web.Pro;

public static class ProExtensions
{
    public static void AddProFeatures(this IServiceCollection services) => services.AddSingleton<ProInsightsBuilder>();
}
