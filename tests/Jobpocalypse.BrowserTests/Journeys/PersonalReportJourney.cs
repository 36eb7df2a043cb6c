using Jobpocalypse.BrowserTests.Infrastructure;
using Jobpocalypse.BrowserTests.PageObjects;
using Xunit.Abstractions;

namespace Jobpocalypse.BrowserTests.Journeys;

/// <summary>The personal report: a medical coder's own duties pasted, tasks ticked and shared, and axe on every new page at both widths.</summary>
public sealed class PersonalReportJourney(BrowserFixture browser, ITestOutputHelper output) : JourneyTest(browser)
{
    /// <summary>A medical coder's duties written for this test (not O*NET's statements), with one line about nothing O*NET lists.</summary>
    private const string CoderDuties = """
        What I do every week:
        - I go through inpatient and outpatient charts and give every diagnosis and procedure its code from the standard classification systems.
        - When a doctor's notes are unclear, missing or conflicting I query the physician to resolve the coding question.
        - I abstract patient data from medical records and code it for the hospital's registries.
        - I review patient records for completeness, accuracy and compliance with federal regulations.
        - I scan old paper health records into electronic formats for the archive.
        - I assign each inpatient stay to diagnosis-related groups with our encoder software.
        - I post medical insurance billings and chase denied claims.
        - I organise the team's birthday collections.
        """;

    [BrowserFact]
    public Task A_medical_coders_pasted_duties_match_their_tasks_and_give_a_score_with_evidence() => JourneyAsync(async page =>
    {
        var me = await MePage.OpenAsync(page);
        await me.PasteAsync(CoderDuties, "mid");

        Assert.True(await me.Report.IsVisibleAsync(), "no report after the paste");
        Assert.InRange(int.Parse((await me.ScoreAsync()).Split(' ', '/')[0], System.Globalization.CultureInfo.InvariantCulture), 0, 100);
        var lines = await MePage.RowsAsync(me.LineRows);
        var coderTasks = lines.Where(l => l.Contains("Medical Records Specialists, task", StringComparison.Ordinal)).ToList();
        Assert.True(coderTasks.Count >= 5, $"only {coderTasks.Count} lines matched 29-2072's tasks:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}");
        Assert.Contains("I organise the team's birthday collections", await me.NotMatched.AllInnerTextsAsync());
        Assert.All(await MePage.RowsAsync(me.TaskRows), row => Assert.Contains("GPT-4:", row, StringComparison.Ordinal));
    });

    [BrowserFact]
    public Task Ticked_tasks_give_a_link_that_shows_the_same_report_in_a_fresh_browser() => JourneyAsync(async page =>
    {
        var me = await MePage.OpenAsync(page);
        await me.PickOccupationAsync("medical records specialists");
        await me.TickAsync(22881, 40);
        await me.TickAsync(22888);
        await me.TickAsync(22890);
        await me.TickAsync(22893, 10);
        await me.ScoreTickedAsync("senior");

        var url = new Uri(page.Url).PathAndQuery;
        Assert.Equal(url, await me.ShareUrlAsync());
        var score = await me.ScoreAsync();
        var tasks = await MePage.RowsAsync(me.TaskRows);
        Assert.Equal(4, tasks.Count);

        await using var fresh = await Browser.Browser.NewContextAsync(new() { BaseURL = Browser.Site.BaseAddress.ToString() });
        var other = await fresh.NewPageAsync();
        var shared = await MePage.OpenAsync(other, url);
        Assert.Equal(score, await shared.ScoreAsync());
        Assert.Equal(tasks, await MePage.RowsAsync(shared.TaskRows));
    });

    [BrowserFact(NeedsAxe = true)]
    public Task The_form_the_answer_to_a_paste_and_a_shared_report_have_no_serious_axe_violations_at_1280_and_375_px() =>
        Task.WhenAll(AxeWalkAsync(Desktop), AxeWalkAsync(Phone));

    private Task AxeWalkAsync(ViewportSize viewport, [System.Runtime.CompilerServices.CallerMemberName] string test = "") => JourneyAsync(async page =>
    {
        var found = new List<string>();
        async Task Check(string name)
        {
            var violations = await Axe.RunAsync(page);
            foreach (var minor in violations.Where(v => !Axe.IsSeriousOrCritical(v))) output.WriteLine($"{viewport.Width} px {name}: {minor}");
            found.AddRange(violations.Where(Axe.IsSeriousOrCritical).Select(v => $"{viewport.Width} px {name}: {v}"));
            var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
            if (overflow) found.Add($"{viewport.Width} px {name}: the page scrolls sideways");
        }

        var me = await MePage.OpenAsync(page, "/me?occupation=29-2072-medical-records-specialists");
        await Check("form with task ticks");
        await me.PasteAsync(CoderDuties, "entry");
        await Check("answer to a paste");
        await MePage.OpenAsync(page, "/me/report?t=22881-40_22888-30_22893-30&level=mid");
        await Check("shared report");
        Assert.True(found.Count == 0, $"{found.Count} finding(s):{Environment.NewLine}{string.Join(Environment.NewLine, found)}");
    }, viewport, $"{test}-{viewport.Width}");
}
