using Jobpocalypse.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Jobpocalypse.Web.Me;

/// <summary>The account page's list of saved personal reports, each with its link and a delete button.</summary>
public sealed class SavedReportsViewComponent(SavedReports saved, UserManager<AppUser> users) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = users.GetUserId(UserClaimsPrincipal);
        var list = userId is null ? [] : await saved.ListAsync(userId, HttpContext.RequestAborted);
        return View("/Pages/Me/_SavedReports.cshtml", list);
    }
}
