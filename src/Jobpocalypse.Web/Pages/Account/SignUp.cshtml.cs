using System.ComponentModel.DataAnnotations;
using Jobpocalypse.Web.Accounts;
using Jobpocalypse.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Jobpocalypse.Web.Pages.Account;

[EnableRateLimiting(FormRateLimiting.Policy)]
[OutputCache(NoStore = true)] // holds a form: its antiforgery token is per reader, never shared from the cache
public sealed class SignUpModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, ILogger<SignUpModel> logger) : PageModel
{
    [BindProperty] public SignUpInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = new AppUser { Email = Input.Email.Trim(), UserName = Input.Email.Trim() };
        var result = await users.CreateAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                // Identity describes a taken email twice (as user name and as email); say it once, in our words.
                var message = error.Code is nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail)
                    ? "An account with this email already exists. Sign in, or reset its password."
                    : error.Description;
                if (!ModelState.Values.SelectMany(v => v.Errors).Any(e => e.ErrorMessage == message)) ModelState.AddModelError("", message);
            }
            return Page();
        }
        logger.LogInformation("Account {UserId} created", user.Id);
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/account");
    }
}

public sealed class SignUpInput
{
    [Required, EmailAddress, StringLength(254), Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Required, StringLength(200, MinimumLength = 10, ErrorMessage = "Use at least 10 characters."), DataType(DataType.Password), Display(Name = "Password")]
    public string Password { get; set; } = "";

    [Required, Compare(nameof(Password), ErrorMessage = "The two passwords differ."), DataType(DataType.Password), Display(Name = "Password again")]
    public string ConfirmPassword { get; set; } = "";
}
