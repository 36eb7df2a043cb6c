using Microsoft.AspNetCore.OutputCaching;
using Jobpocalypse.Web.Payments;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jobpocalypse.Web.Pages.Pro;

/// <summary>Where checkout returns after paying. It grants nothing: Pro appears once Stripe's webhook confirms the payment.</summary>
[OutputCache(NoStore = true)] // says whether this reader's payment is confirmed yet
public sealed class SuccessModel(ReaderAccessProvider accessProvider) : PageModel
{
    public ReaderAccess Access { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Access = await accessProvider.GetAsync(ct);
}
