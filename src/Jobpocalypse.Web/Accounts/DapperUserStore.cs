using Dapper;
using Jobpocalypse.Web.AppDatabase;
using Microsoft.AspNetCore.Identity;

namespace Jobpocalypse.Web.Accounts;

/// <summary>
/// Identity's user store over the <c>users</c> table: the parts the site uses (email as user name, password,
/// security stamp, lockout). Identity changes the user object in memory and then calls <see cref="UpdateAsync"/>.
/// </summary>
public sealed class DapperUserStore(AppDb db, ReaderRecords readers, TimeProvider time, IdentityErrorDescriber errors) :
    IUserEmailStore<AppUser>, IUserPasswordStore<AppUser>, IUserSecurityStampStore<AppUser>, IUserLockoutStore<AppUser>
{
    private const string SelectUser = """
        SELECT id AS Id, email AS Email, normalized_email AS NormalizedEmail, email_confirmed AS EmailConfirmed,
               user_name AS UserName, normalized_user_name AS NormalizedUserName, password_hash AS PasswordHash,
               security_stamp AS SecurityStamp, concurrency_stamp AS ConcurrencyStamp, lockout_enabled AS LockoutEnabled,
               lockout_end AS LockoutEnd, access_failed_count AS AccessFailedCount, created_at AS CreatedAt
        FROM users
        """;

    public async Task<IdentityResult> CreateAsync(AppUser user, CancellationToken ct)
    {
        user.CreatedAt = time.GetUtcNow().ToUnixTimeSeconds();
        await using var connection = await db.OpenAsync(ct);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO users (id, email, normalized_email, email_confirmed, user_name, normalized_user_name, password_hash,
                                   security_stamp, concurrency_stamp, lockout_enabled, lockout_end, access_failed_count, created_at)
                VALUES (@Id, @Email, @NormalizedEmail, @EmailConfirmed, @UserName, @NormalizedUserName, @PasswordHash,
                        @SecurityStamp, @ConcurrencyStamp, @LockoutEnabled, @LockoutEnd, @AccessFailedCount, @CreatedAt)
                """, user, cancellationToken: ct));
            return IdentityResult.Success;
        }
        catch (Exception e) when (AppDb.IsConstraintViolation(e)) // the email was taken meanwhile
        {
            return IdentityResult.Failed(errors.DuplicateEmail(user.Email));
        }
    }

    public async Task<IdentityResult> UpdateAsync(AppUser user, CancellationToken ct)
    {
        var newStamp = Guid.NewGuid().ToString("N");
        await using var connection = await db.OpenAsync(ct);
        int changed;
        try
        {
            // The concurrency stamp guards against two requests saving the same user from stale copies.
            changed = await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE users SET email = @Email, normalized_email = @NormalizedEmail, email_confirmed = @EmailConfirmed,
                                 user_name = @UserName, normalized_user_name = @NormalizedUserName, password_hash = @PasswordHash,
                                 security_stamp = @SecurityStamp, lockout_enabled = @LockoutEnabled, lockout_end = @LockoutEnd,
                                 access_failed_count = @AccessFailedCount, concurrency_stamp = @NewStamp
                WHERE id = @Id AND concurrency_stamp = @ConcurrencyStamp
                """,
                new
                {
                    user.Id, user.Email, user.NormalizedEmail, user.EmailConfirmed, user.UserName, user.NormalizedUserName,
                    user.PasswordHash, user.SecurityStamp, user.LockoutEnabled, user.LockoutEnd, user.AccessFailedCount,
                    user.ConcurrencyStamp, NewStamp = newStamp,
                }, cancellationToken: ct));
        }
        catch (Exception e) when (AppDb.IsConstraintViolation(e))
        {
            return IdentityResult.Failed(errors.DuplicateEmail(user.Email));
        }
        if (changed == 0) return IdentityResult.Failed(errors.ConcurrencyFailure());
        readers.Forget();
        user.ConcurrencyStamp = newStamp;
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> DeleteAsync(AppUser user, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM users WHERE id = @Id", new { user.Id }, cancellationToken: ct));
        readers.Forget();
        return IdentityResult.Success;
    }

    public async Task<AppUser?> FindByIdAsync(string userId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<AppUser>(new CommandDefinition(
            SelectUser + " WHERE id = @userId", new { userId }, cancellationToken: ct));
    }

    public async Task<AppUser?> FindByNameAsync(string normalizedUserName, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<AppUser>(new CommandDefinition(
            SelectUser + " WHERE normalized_user_name = @normalizedUserName", new { normalizedUserName }, cancellationToken: ct));
    }

    public async Task<AppUser?> FindByEmailAsync(string normalizedEmail, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<AppUser>(new CommandDefinition(
            SelectUser + " WHERE normalized_email = @normalizedEmail", new { normalizedEmail }, cancellationToken: ct));
    }

    // Identity reads and sets properties through the store; these only touch the object, UpdateAsync saves it.

    public Task<string> GetUserIdAsync(AppUser user, CancellationToken ct) => Task.FromResult(user.Id);
    public Task<string?> GetUserNameAsync(AppUser user, CancellationToken ct) => Task.FromResult<string?>(user.UserName);
    public Task SetUserNameAsync(AppUser user, string? userName, CancellationToken ct) => Set(() => user.UserName = userName ?? "");
    public Task<string?> GetNormalizedUserNameAsync(AppUser user, CancellationToken ct) => Task.FromResult<string?>(user.NormalizedUserName);
    public Task SetNormalizedUserNameAsync(AppUser user, string? normalizedName, CancellationToken ct) => Set(() => user.NormalizedUserName = normalizedName ?? "");

    public Task SetEmailAsync(AppUser user, string? email, CancellationToken ct) => Set(() => user.Email = email ?? "");
    public Task<string?> GetEmailAsync(AppUser user, CancellationToken ct) => Task.FromResult<string?>(user.Email);
    public Task<bool> GetEmailConfirmedAsync(AppUser user, CancellationToken ct) => Task.FromResult(user.EmailConfirmed);
    public Task SetEmailConfirmedAsync(AppUser user, bool confirmed, CancellationToken ct) => Set(() => user.EmailConfirmed = confirmed);
    public Task<string?> GetNormalizedEmailAsync(AppUser user, CancellationToken ct) => Task.FromResult<string?>(user.NormalizedEmail);
    public Task SetNormalizedEmailAsync(AppUser user, string? normalizedEmail, CancellationToken ct) => Set(() => user.NormalizedEmail = normalizedEmail ?? "");

    public Task SetPasswordHashAsync(AppUser user, string? passwordHash, CancellationToken ct) => Set(() => user.PasswordHash = passwordHash);
    public Task<string?> GetPasswordHashAsync(AppUser user, CancellationToken ct) => Task.FromResult(user.PasswordHash);
    public Task<bool> HasPasswordAsync(AppUser user, CancellationToken ct) => Task.FromResult(user.PasswordHash is not null);

    public Task SetSecurityStampAsync(AppUser user, string stamp, CancellationToken ct) => Set(() => user.SecurityStamp = stamp);
    public Task<string?> GetSecurityStampAsync(AppUser user, CancellationToken ct) => Task.FromResult<string?>(user.SecurityStamp);

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(AppUser user, CancellationToken ct) =>
        Task.FromResult(user.LockoutEnd is { } end ? DateTimeOffset.FromUnixTimeSeconds(end) : (DateTimeOffset?)null);
    // Rounded up to the second, so the stored lockout never ends earlier than Identity asked for.
    public Task SetLockoutEndDateAsync(AppUser user, DateTimeOffset? lockoutEnd, CancellationToken ct) =>
        Set(() => user.LockoutEnd = lockoutEnd is { } end ? (long)Math.Ceiling(end.ToUnixTimeMilliseconds() / 1000.0) : null);
    public Task<int> IncrementAccessFailedCountAsync(AppUser user, CancellationToken ct) => Task.FromResult(++user.AccessFailedCount);
    public Task ResetAccessFailedCountAsync(AppUser user, CancellationToken ct) => Set(() => user.AccessFailedCount = 0);
    public Task<int> GetAccessFailedCountAsync(AppUser user, CancellationToken ct) => Task.FromResult(user.AccessFailedCount);
    public Task<bool> GetLockoutEnabledAsync(AppUser user, CancellationToken ct) => Task.FromResult(user.LockoutEnabled);
    public Task SetLockoutEnabledAsync(AppUser user, bool enabled, CancellationToken ct) => Set(() => user.LockoutEnabled = enabled);

    private static Task Set(Action assign)
    {
        assign();
        return Task.CompletedTask;
    }

    public void Dispose() { }
}
