using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Jobpocalypse.Web.Accounts;

/// <summary>
/// Password reset tokens: Identity's data-protection token, with its creation time taken from the injected
/// <see cref="TimeProvider"/> (Identity's own provider reads the system clock). A token expires after
/// <see cref="DataProtectionTokenProviderOptions.TokenLifespan"/> and is single-use: it carries the security
/// stamp, which a successful reset changes.
/// </summary>
public sealed class PasswordResetTokenProvider(
    IDataProtectionProvider protection,
    IOptions<DataProtectionTokenProviderOptions> options,
    TimeProvider time,
    ILogger<PasswordResetTokenProvider> logger) : IUserTwoFactorTokenProvider<AppUser>
{
    public const string ProviderName = "PasswordReset";

    private readonly IDataProtector _protector = protection.CreateProtector("Jobpocalypse.PasswordReset");

    public async Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user)
    {
        using var stream = new MemoryStream();
        await using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(time.GetUtcNow().UtcTicks);
            writer.Write(await manager.GetUserIdAsync(user));
            writer.Write(purpose);
            writer.Write(await manager.GetSecurityStampAsync(user) ?? "");
        }
        return Convert.ToBase64String(_protector.Protect(stream.ToArray()));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        byte[] payload;
        try
        {
            payload = _protector.Unprotect(Convert.FromBase64String(token));
        }
        catch (Exception e) when (e is FormatException or System.Security.Cryptography.CryptographicException)
        {
            logger.LogInformation("Password reset token rejected: unreadable");
            return false;
        }

        using var reader = new BinaryReader(new MemoryStream(payload), Encoding.UTF8);
        try
        {
            var created = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
            var userId = reader.ReadString();
            var tokenPurpose = reader.ReadString();
            var stamp = reader.ReadString();
            if (created + options.Value.TokenLifespan < time.GetUtcNow())
            {
                logger.LogInformation("Password reset token rejected: expired");
                return false;
            }
            if (userId != await manager.GetUserIdAsync(user) || tokenPurpose != purpose) return false;
            if (stamp != (await manager.GetSecurityStampAsync(user) ?? ""))
            {
                logger.LogInformation("Password reset token rejected: already used or superseded");
                return false;
            }
            return true;
        }
        catch (EndOfStreamException)
        {
            return false;
        }
    }

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) => Task.FromResult(false);
}
