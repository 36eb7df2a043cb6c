namespace Jobpocalypse.Web.Infrastructure;

public static class ShutdownExtensions
{
    /// <summary>
    /// How long SIGTERM (docker stop, a redeploy) lets requests in flight finish, a slow webhook included. It stays
    /// under docker-compose.yml's stop_grace_period (30 s), so the site exits on its own before Docker sends SIGKILL.
    /// </summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(25);

    public static void AddGracefulShutdown(this WebApplicationBuilder builder) =>
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
}
