using System.ComponentModel.DataAnnotations;
using Jobpocalypse.Web.Accounts;
using Jobpocalypse.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;

namespace Jobpocalypse.Web.Pages.Account;

/// <summary>
/// Deletion after the password is given again and the box ticked: running subscriptions are cancelled with Stripe
/// first (a failure deletes nothing and says so, 503), then <see cref="AccountDeletion"/> removes the account in one
/// transaction, and this session is signed out; other sessions fail the stamp check as their account is gone.
/// </summary>
[Authorize]
[EnableRateLimiting(FormRateLimiting.Policy)]
[OutputCache(NoStore = true)] // holds a form: its antiforgery token is per reader, never shared from the cache
public sealed class DeleteModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, Reauthentication reauth,
    AccountDeletion deletion) : PageModel
{
    [BindProperty] public DeleteInput Input { get; set; } = new();
    public bool HasRunningSubscription { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        HasRunningSubscription = (await deletion.RunningSubscriptionsAsync(user.Id, ct)).Count > 0;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        var running = await deletion.RunningSubscriptionsAsync(user.Id, ct);
        HasRunningSubscription = running.Count > 0;
        if (ModelState.TryGetValue("Input.Understood", out var box) && box.Errors.Count > 0)
        {
            // The checkbox sends "true" or nothing; a crafted value is dropped, as on sign-in.
            ModelState.Remove("Input.Understood");
            Input.Understood = false;
        }
        if (!Input.Understood) ModelState.AddModelError("", "Tick the box to confirm that you want the account deleted.");
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (await reauth.CheckAsync(HttpContext, user, Input.CurrentPassword) is { } problem)
        {
            ModelState.AddModelError("", problem);
            return Page();
        }
        if (await deletion.CancelAsync(running, ct) is { } failed)
        {
            Problem = failed;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }
        await deletion.DeleteAsync(user, running, ct);
        await signIn.SignOutAsync();
        return LocalRedirect("/account/sign-in?deleted=true");
    }
}

public sealed class DeleteInput
{
    [Required(ErrorMessage = "Enter your current password."), StringLength(200), DataType(DataType.Password), Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = "";

    [Display(Name = "I understand that my account is deleted at once and for good")]
    public bool Understood { get; set; }
}
