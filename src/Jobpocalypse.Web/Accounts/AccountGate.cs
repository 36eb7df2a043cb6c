using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Jobpocalypse.Web.Accounts;

/// <summary>
/// Sign-in and sign-up work that takes the same time whether or not an account uses the email: where there is no
/// account to check a password against (or, on sign-up, the account exists and nothing is created), a dummy
/// password hash of the same strength is checked or made instead, so the answer's timing does not tell.
/// </summary>
public sealed class AccountGate(UserManager<AppUser> users, IPasswordHasher<AppUser> hasher, DummyPasswordHash dummy)
{
    /// <summary>The account whose password this is, or null (unknown email or wrong password, indistinguishably).</summary>
    public async Task<AppUser?> CheckPasswordAsync(string normalisedEmail, string password)
    {
        var user = await users.FindByEmailAsync(normalisedEmail);
        if (user is null)
        {
            hasher.VerifyHashedPassword(dummy.User, dummy.Hash, password);
            return null;
        }
        return await users.CheckPasswordAsync(user, password) ? user : null;
    }

    /// <summary>Costs what hashing a new account's password costs, for the sign-up of an address already taken.</summary>
    public void HashAsIfCreating(string password) => hasher.HashPassword(dummy.User, password);
}

/// <summary>A hash of a random password, made once per process with the site's hasher settings.</summary>
public sealed class DummyPasswordHash
{
    // Built from the same options as the site's hasher (same algorithm and iteration count), not from the scoped
    // IPasswordHasher itself: this object lives for the whole process.
    public DummyPasswordHash(IOptions<PasswordHasherOptions> options)
    {
        Hash = new PasswordHasher<AppUser>(options).HashPassword(User, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
    }

    public AppUser User { get; } = new();
    public string Hash { get; }
}
