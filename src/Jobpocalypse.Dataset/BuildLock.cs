namespace Jobpocalypse.Dataset;

/// <summary>
/// One build at a time per target database, across processes: an exclusively opened lock file beside it
/// (<c>reference.db.lock</c>; .NET takes an advisory flock for FileShare.None on Unix, released if the process dies).
/// The lock file itself is left in place: deleting it would race with the next holder.
/// </summary>
internal sealed class BuildLock : IDisposable
{
    private static readonly TimeSpan s_retryDelay = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(5);

    private readonly FileStream _stream;

    private BuildLock(FileStream stream) => _stream = stream;

    public static async Task<BuildLock> AcquireAsync(string path, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + s_timeout;
        while (true)
        {
            try
            {
                return new BuildLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(s_retryDelay, cancellationToken);
            }
            catch (IOException e)
            {
                throw new DatasetBuildException(null, null, $"another build of this database has held '{path}' for over {s_timeout.TotalMinutes} minutes", e);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
