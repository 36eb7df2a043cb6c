using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;

namespace Jobpocalypse.Web.Accounts;

/// <summary>
/// Sends one account email for the outbox dispatcher: through SMTP when a host is configured, otherwise into the outbox folder as
/// .eml files (System.Net.Mail's pickup directory), so password reset works on a machine with no mail server.
/// </summary>
public sealed class AccountMailer(IOptions<SmtpOptions> options)
{
    /// <summary>Sends one composed message; throws on failure, and the outbox dispatcher retries it later.</summary>
    public async Task SendAsync(string toEmail, MailContent content, CancellationToken ct)
    {
        using var message = new MailMessage(new MailAddress(options.Value.From), new MailAddress(toEmail))
        {
            Subject = content.Subject,
            Body = content.Body,
            BodyEncoding = Encoding.UTF8,
            // Plain 7-bit text keeps the link readable in the .eml as written, with no quoted-printable breaks.
            BodyTransferEncoding = TransferEncoding.SevenBit,
        };
        using var client = CreateClient();
        await client.SendMailAsync(message, ct);
    }

    private SmtpClient CreateClient()
    {
        var o = options.Value;
        if (o.UsesOutbox)
        {
            Directory.CreateDirectory(o.OutboxPath);
            return new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = o.OutboxPath };
        }
        var client = new SmtpClient(o.Host, o.Port) { EnableSsl = o.EnableSsl, DeliveryMethod = SmtpDeliveryMethod.Network, Timeout = 30_000 };
        if (!string.IsNullOrEmpty(o.UserName)) client.Credentials = new NetworkCredential(o.UserName, o.Password);
        return client;
    }
}
