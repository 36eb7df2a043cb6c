using Jobpocalypse.Web.Accounts;
using Jobpocalypse.Web.Infrastructure;
using Jobpocalypse.Web.Me;
using Jobpocalypse.Web.Payments;
using Jobpocalypse.Web.Reference;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jobpocalypse.Web.Pages.Me;

/// <summary>Saves a personal report (its link's task ids, shares and level, with a name) to the reader's account, or deletes one.</summary>
[Authorize]
public sealed class SavedModel(SavedReports saved, UserManager<AppUser> users, ReferenceStore reference) : PageModel
{
    public IActionResult OnGet() => Redirect("/account#saved-reports");

    public async Task<IActionResult> OnPostSaveAsync(string? t, string? level, string? name, CancellationToken ct)
    {
        if (users.GetUserId(User) is not { } userId) return Challenge();
        var catalog = PersonalCatalog.Of(reference.Current);
        if (catalog.Read(t, level, out var error) is not { } selection)
        {
            HttpContext.SetStatusMessage($"This personal report cannot be saved. {error}");
            return BadRequest();
        }
        var trimmed = (name ?? "").Trim();
        if (trimmed.Length is 0 or > SavedReports.MaxNameLength)
        {
            HttpContext.SetStatusMessage($"A saved report needs a name of 1 to {SavedReports.MaxNameLength} characters.");
            return BadRequest();
        }
        if (!await saved.SaveAsync(userId, trimmed, selection, ct))
        {
            HttpContext.SetStatusMessage($"You already have {SavedReports.MaxPerReader} saved reports; delete one on your account page first.");
            return BadRequest();
        }
        return new SeeOtherResult("/account#saved-reports");
    }

    public async Task<IActionResult> OnPostDeleteAsync(string? id, CancellationToken ct)
    {
        if (users.GetUserId(User) is not { } userId) return Challenge();
        if (id is null || !await saved.DeleteAsync(userId, id, ct)) return NotFound();
        return new SeeOtherResult("/account#saved-reports");
    }
}
