using Microsoft.AspNetCore.Identity;

namespace Jobpocalypse.Web.Accounts;

/// <summary>
/// The current password asked again before a change of password or email and before deletion, so a borrowed or
/// stolen session cannot take the account over or erase it. Wrong answers count in the sign-in throttle for the
/// same client and email, so the forms cannot be used to guess the password faster than sign-in can.
/// </summary>
public sealed class Reauthentication(UserManager<AppUser> users, SignInThrottle throttle)
{
    public const string WrongPassword = "The current password is not right.";

    /// <summary>Null when the password is right; else the words for the form, with the status code set.</summary>
    public async Task<string?> CheckAsync(HttpContext http, AppUser user, string password)
    {
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var wait = throttle.WaitFor(client, user.NormalizedEmail);
        if (wait <= TimeSpan.Zero)
        {
            if (await users.CheckPasswordAsync(user, password))
            {
                throttle.Succeeded(client, user.NormalizedEmail);
                return null;
            }
            wait = throttle.Failed(client, user.NormalizedEmail);
            if (wait <= TimeSpan.Zero)
            {
                http.Response.StatusCode = StatusCodes.Status400BadRequest;
                return WrongPassword;
            }
        }
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{WrongPassword} After several wrong tries, wait {minutes} minute{(minutes == 1 ? "" : "s")} before trying again.";
    }
}
