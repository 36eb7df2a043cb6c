using Microsoft.Extensions.Options;

namespace Jobpocalypse.Web.Accounts;

/// <summary>
/// Sends the outbox off the request path: wakes on each enqueue and every few seconds, claims due mail, composes
/// each message from the account as it is now, and sends it. A failed send is retried later with a doubling wait;
/// rows survive restarts, so mail accepted before a crash or redeploy is still sent.
/// </summary>
public sealed class MailDispatcher(
    MailOutbox outbox,
    MailOutboxSignal signal,
    IServiceScopeFactory scopes,
    AccountMailer mailer,
    IOptions<MailOutboxOptions> options,
    ILogger<MailDispatcher> logger) : BackgroundService
{
    private const int Batch = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(Math.Max(0.05, options.Value.PollSeconds));
        var settle = TimeSpan.FromSeconds(Math.Max(0, options.Value.WakeDelaySeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var due = await outbox.ClaimDueAsync(Batch, stoppingToken);
                for (var i = 0; i < due.Count; i++)
                {
                    if (stoppingToken.IsCancellationRequested)
                    {
                        foreach (var rest in due.Skip(i)) await outbox.ReleaseAsync(rest.Id, CancellationToken.None);
                        return;
                    }
                    await SendOneAsync(due[i], stoppingToken);
                }
                if (due.Count == Batch) continue; // more may be waiting
                await signal.WaitAsync(poll, stoppingToken);
                // Let the request that queued the mail answer first: the account-dependent work (looking the address up,
                // minting a reset token) must not slow that answer, or its timing would tell known addresses apart.
                await Task.Delay(settle, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database was busy or unreadable: try again at the next poll; the rows are still there.
                logger.LogError(e, "Mail outbox pass failed");
                await Task.Delay(poll, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task SendOneAsync(OutboxMessage message, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var composer = scope.ServiceProvider.GetRequiredService<AccountMailComposer>();
            if (await composer.ComposeAsync(message, ct) is not { } content)
            {
                await outbox.MarkDoneAsync(message.Id, "nothing-to-send", ct);
                return;
            }
            if (ReferenceEquals(content, MailContent.Held))
            {
                await outbox.MarkHeldAsync(message.Id, ct);
                logger.LogInformation("Mail {MailId} ({Kind}) held until the address is confirmed", message.Id, message.Kind);
                return;
            }
            await mailer.SendAsync(message.ToAddress, content, ct);
            await outbox.MarkDoneAsync(message.Id, "sent", ct);
            logger.LogInformation("Mail {MailId} ({Kind}) sent", message.Id, message.Kind);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping: hand the message back rather than leave it leased, so the next start sends it at once.
            await outbox.ReleaseAsync(message.Id, CancellationToken.None);
        }
        catch (Exception e)
        {
            var gaveUp = await outbox.MarkFailedAsync(message, e.GetType().Name + ": " + e.Message, CancellationToken.None);
            if (gaveUp) logger.LogError("Mail {MailId} ({Kind}) given up after {Attempts} attempts: {Reason}", message.Id, message.Kind, message.Attempts, e.Message);
            else logger.LogWarning("Mail {MailId} ({Kind}) attempt {Attempts} failed, will retry: {Reason}", message.Id, message.Kind, message.Attempts, e.Message);
        }
    }
}
