namespace Jobpocalypse.Web.Accounts;

/// <summary>A reader's account, one row of <c>users</c>; Identity sets its fields and the store saves them.</summary>
public sealed class AppUser
{
    public string Id { get; set; } = Guid.NewGuid().ToString("N");
    public string Email { get; set; } = "";
    public string NormalizedEmail { get; set; } = "";
    public bool EmailConfirmed { get; set; }
    public string UserName { get; set; } = "";
    public string NormalizedUserName { get; set; } = "";
    public string? PasswordHash { get; set; }
    public string SecurityStamp { get; set; } = "";
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");
    public bool LockoutEnabled { get; set; } = true;
    /// <summary>Unix seconds (UTC) until which sign-in is refused; null when not locked out.</summary>
    public long? LockoutEnd { get; set; }
    public int AccessFailedCount { get; set; }
    /// <summary>Unix seconds (UTC).</summary>
    public long CreatedAt { get; set; }
}
