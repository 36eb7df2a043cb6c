using System.Runtime.InteropServices;
using Jobpocalypse.Web.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;

namespace Jobpocalypse.Web.Reference;

/// <summary>
/// SIGHUP rebuilds the reference dataset from the (replaced) data folder beside the serving database, swaps it in
/// and evicts the cached pages: `kill -HUP &lt;pid&gt;` or `docker compose kill -s HUP app`. Requests in flight keep the
/// snapshot they started with; a failed build leaves the current dataset serving.
/// </summary>
public sealed class DatasetRefreshOnSignal(ReferenceStore store, IOutputCacheStore cache, ILogger<DatasetRefreshOnSignal> logger)
    : IHostedService, IDisposable
{
    private PosixSignalRegistration? _registration;
    private readonly CancellationTokenSource _stopping = new();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsWindows())
        {
            _registration = PosixSignalRegistration.Create(PosixSignal.SIGHUP, context =>
            {
                context.Cancel = true;   // SIGHUP means "refresh" here, not "terminate"
                _ = RefreshAsync(_stopping.Token);
            });
        }
        return Task.CompletedTask;
    }

    public async Task RefreshAsync(CancellationToken ct)
    {
        try
        {
            var before = store.Current.Version;
            await store.LoadAsync(ct);
            if (store.Current.Version != before)
                await cache.EvictByTagAsync(OutputCacheExtensions.ReferenceTag, ct);
            logger.LogInformation("Dataset refresh: serving {Version}", store.Current.ShortVersion);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Dataset refresh failed; still serving {Version}", store.Current.ShortVersion);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        // Two stops can race (WebApplication.RunAsync stops and disposes the host while a test host is stopping it):
        // by then the service may be disposed, and there is nothing left to cancel.
        try { _stopping.Cancel(); } catch (ObjectDisposedException) { }
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _registration?.Dispose();
        _stopping.Dispose();
    }
}
