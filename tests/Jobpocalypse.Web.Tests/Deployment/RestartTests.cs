using System.Net;
using AngleSharp.Html.Dom;
using Jobpocalypse.Dataset.Tests;
using Jobpocalypse.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using static Jobpocalypse.Web.Tests.Payments.PaymentsFlow;

namespace Jobpocalypse.Web.Tests.Deployment;

/// <summary>
/// A restart (a redeploy, a new container on the same volume) is invisible to a reader: the same app-data folder
/// keeps their sign-in, the forms they already have open, and what they bought.
/// </summary>
[Collection(ProcessCollection.Name)]
public class RestartTests(PrebuiltReference reference)
{
    private const string OtherPdfPage = "/occupations/29-1141-registered-nurses/pdf";

    [Fact]
    public async Task After_a_restart_on_the_same_app_data_the_cookie_the_open_form_and_the_purchase_still_work()
    {
        using var appData = new TempFolder();
        var cookies = new CookieContainer();
        var baseAddress = new Uri("http://localhost");
        var email = $"restart-{Guid.NewGuid():N}@example.test";
        string formAction, formToken;
        string[] keysBefore;

        await using (var first = new DeploymentSite(appData.Path, reference))
        {
            using var client = first.CreateDefaultClient(baseAddress, new CookieContainerHandler(cookies));
            await DeploymentHttp.SignUpAsync(client, email);
            using (var start = await Reader.SubmitAsync(client, PdfUrl, "[data-testid=pdf-offer] form", []))
            {
                Assert.Equal(HttpStatusCode.SeeOther, start.StatusCode);
                using var complete = await Reader.SubmitAsync(client, start.Headers.Location!.ToString(), "main form", []);
                Assert.Equal(HttpStatusCode.SeeOther, complete.StatusCode);
            }
            using (var download = await client.GetAsync(DownloadUrl)) Assert.Equal(HttpStatusCode.OK, download.StatusCode);

            // A page left open in the reader's browser across the restart: its form and antiforgery token.
            using var open = await client.GetAsync(OtherPdfPage);
            var form = (IHtmlFormElement)(await SiteFactory.ParseAsync(open)).QuerySelector("[data-testid=pdf-offer] form")!;
            formAction = form.GetAttribute("action")!;
            formToken = ((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
            keysBefore = Directory.GetFiles(Path.Combine(appData.Path, "keys"));
        }

        await using var second = new DeploymentSite(appData.Path, reference);
        using var again = second.CreateDefaultClient(baseAddress, new CookieContainerHandler(cookies));

        using (var account = await again.GetAsync("/account"))
        {
            Assert.Equal(HttpStatusCode.OK, account.StatusCode); // not a redirect to sign-in: the old cookie still reads
            var page = await SiteFactory.ParseAsync(account);
            Assert.Contains(email, page.QuerySelector("main")!.TextContent);
            Assert.Contains(Title, page.QuerySelector("[data-testid=purchases]")!.TextContent);
        }
        using (var download = await again.GetAsync(DownloadUrl))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        }
        using (var post = await again.PostAsync(formAction, new FormUrlEncodedContent(new Dictionary<string, string>
               {
                   ["__RequestVerificationToken"] = formToken,
               })))
        {
            // Accepted: a checkout of the other occupation starts (a rejected token would be a 400).
            Assert.Equal(HttpStatusCode.SeeOther, post.StatusCode);
            Assert.StartsWith("/checkout/test/", post.Headers.Location!.ToString());
        }
        // The second host used the first one's key ring rather than making its own.
        Assert.Equal(keysBefore, Directory.GetFiles(Path.Combine(appData.Path, "keys")));
    }
}
