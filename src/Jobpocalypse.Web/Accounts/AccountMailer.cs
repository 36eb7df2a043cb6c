using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;

namespace Jobpocalypse.Web.Accounts;

/// <summary>
/// Sends the account emails: through SMTP when a host is configured, otherwise into the outbox folder as
/// .eml files (System.Net.Mail's pickup directory), so password reset works on a machine with no mail server.
/// </summary>
public sealed class AccountMailer(IOptions<SmtpOptions> options)
{
    public async Task SendPasswordResetAsync(string toEmail, string resetUrl, TimeSpan lifespan, CancellationToken ct)
    {
        var hours = lifespan.TotalHours;
        var body = new StringBuilder()
            .AppendLine("Someone asked to reset the password of your Jobpocalypse account.")
            .AppendLine()
            .AppendLine("To choose a new password, open this link:")
            .AppendLine(resetUrl)
            .AppendLine()
            .AppendLine($"The link works once and expires in {hours:0.#} hour{(hours == 1 ? "" : "s")}.")
            .AppendLine("If you did not ask for this, ignore this email: your password stays as it is.")
            .ToString();
        using var message = new MailMessage(new MailAddress(options.Value.From), new MailAddress(toEmail))
        {
            Subject = "Reset your Jobpocalypse password",
            Body = body,
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
        var client = new SmtpClient(o.Host, o.Port) { EnableSsl = o.EnableSsl, DeliveryMethod = SmtpDeliveryMethod.Network };
        if (!string.IsNullOrEmpty(o.UserName)) client.Credentials = new NetworkCredential(o.UserName, o.Password);
        return client;
    }
}
