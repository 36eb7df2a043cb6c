using AngleSharp.Html.Dom;
using Jobpocalypse.Web.Tests.Infrastructure;

namespace Jobpocalypse.Web.Tests.Pages.Me;

/// <summary>The /me forms as a browser sends them: the page's antiforgery token, repeated fields for ticked boxes.</summary>
internal static class MeForms
{
    public const string CoderSlug = "29-2072-medical-records-specialists";

    /// <summary>A medical coder's duties in our own words (not O*NET's), with one line no task statement is about.</summary>
    public const string MedicalCoder = """
        Responsibilities:
        - Review inpatient and outpatient charts and assign diagnosis and procedure codes from the standard classification systems.
        - Query physicians when documentation is unclear, missing or conflicting, to resolve coding questions.
        - Abstract patient data from medical records and code it for the hospital's registries.
        - Review patient records for completeness, accuracy and compliance with federal regulations.
        - Scan paper health records into electronic formats for the archive.
        - Assign each inpatient stay to diagnosis-related groups with the encoder software.
        - Post medical insurance billings and follow up on denied claims.
        - Bring donuts for the team on Fridays.
        """;

    public static Task<HttpResponseMessage> PasteAsync(Reader reader, string duties, string level = "mid") =>
        reader.SubmitAsync("/me", "[data-testid=me-paste-form]", new() { ["Duties"] = duties, ["Level"] = level });

    public static async Task<HttpResponseMessage> TickAsync(HttpClient client, string slug, IEnumerable<(int Id, int? Share)> picks, string level)
    {
        IHtmlDocument page;
        using (var response = await client.GetAsync($"/me?occupation={slug}")) page = await SiteFactory.ParseAsync(response);
        var form = (IHtmlFormElement)page.QuerySelector("[data-testid=me-tick-form]")!;
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", ((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value),
            new("Level", level),
        };
        foreach (var (id, share) in picks)
        {
            fields.Add(new("Picked", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            fields.Add(new($"Shares[{id}]", share?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""));
        }
        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }

    public static string Text(IHtmlDocument doc, string testId) =>
        doc.QuerySelector($"[data-testid={testId}]")?.TextContent.Trim() ?? throw new InvalidOperationException($"No {testId}");

    /// <summary>The rows of a report table by its test id, each as its cells' text.</summary>
    public static IReadOnlyList<string[]> Rows(IHtmlDocument doc, string testId) => doc
        .QuerySelectorAll($"table[data-testid={testId}] tbody tr")
        .Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray())
        .ToList();
}
