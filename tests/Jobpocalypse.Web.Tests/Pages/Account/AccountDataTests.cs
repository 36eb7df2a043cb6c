using System.Net;
using System.Text.Json;
using Jobpocalypse.Web.Tests.Infrastructure;
using Jobpocalypse.Web.Tests.Payments;
using Jobpocalypse.Web.Tests.Infrastructure.Postgres;

namespace Jobpocalypse.Web.Tests.Pages.Account;

/// <summary>Export and deletion against the fake Stripe: what is downloaded, what goes, what stays, what stops.</summary>
public abstract class AccountDataTests(PaymentsSiteFactory site)
{
    private static Task<HttpResponseMessage> DeleteAsync(Reader reader, string? password = null, bool understood = true)
    {
        var fields = new Dictionary<string, string> { ["Input.CurrentPassword"] = password ?? reader.Password };
        if (understood) fields["Input.Understood"] = "true";
        return reader.SubmitAsync("/account/delete", "main form", fields);
    }

    /// <summary>A reader with Pro and one paid PDF, both through the site's checkout and Stripe's events.</summary>
    private async Task<(Reader Reader, FakeSubscription Subscription, string PdfSession)> PayingReaderAsync()
    {
        var reader = await Reader.SignedUpAsync(site);
        var pdf = await PaymentsFlow.StartPdfCheckoutAsync(site, reader);
        await PaymentsFlow.DeliverAsync(site, "checkout.session.completed", PaymentsFlow.PdfSession(pdf, "paid"));
        var subscription = await PaymentsFlow.SubscribeAsync(site, reader);
        Assert.True(await PaymentsFlow.IsProAsync(reader));
        return (reader, subscription, pdf["id"]);
    }

    [Fact]
    public async Task Export_is_a_no_store_json_attachment_of_everything_held()
    {
        var (reader, subscription, pdfSession) = await PayingReaderAsync();
        using var _ = reader;
        using var response = await reader.SubmitAsync("/account/export", "main form", []);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.True(response.Headers.CacheControl!.NoStore);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(reader.Email, root.GetProperty("account").GetProperty("email").GetString());
        Assert.Equal(subscription.Id, root.GetProperty("subscriptions")[0].GetProperty("id").GetString());
        Assert.Equal(pdfSession, root.GetProperty("pdfPurchases")[0].GetProperty("checkoutSessionId").GetString());
        Assert.Contains(root.GetProperty("mail").EnumerateArray(), m => m.GetProperty("kind").GetString() == "confirm-email");
        Assert.DoesNotContain("password", json.RootElement.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Delete_while_stripe_fails_keeps_the_account_and_says_so()
    {
        var (reader, subscription, _) = await PayingReaderAsync();
        using var _r = reader;
        site.Stripe.FailCancellations = true;
        try
        {
            using var failed = await DeleteAsync(reader);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
            Assert.Contains("nothing was deleted", (await SiteFactory.ParseAsync(failed)).QuerySelector("[data-testid=delete-failed]")!.TextContent);
        }
        finally
        {
            site.Stripe.FailCancellations = false;
        }
        Assert.Equal(1, await AppDbQueries.CountAsync(site, "users", "email = @Email", new { reader.Email }));
        Assert.Equal(1, await AppDbQueries.CountAsync(site, "subscriptions", "id = @Id AND status = 'active'", new { subscription.Id }));
        Assert.True(await PaymentsFlow.IsProAsync(reader));
    }

    [Fact]
    public async Task A_wrong_password_or_an_unticked_box_deletes_nothing()
    {
        using var reader = await Reader.SignedUpAsync(site);
        using (var wrong = await DeleteAsync(reader, "not the password at all")) Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        using (var unticked = await DeleteAsync(reader, understood: false)) Assert.Equal(HttpStatusCode.BadRequest, unticked.StatusCode);
        Assert.Equal(1, await AppDbQueries.CountAsync(site, "users", "email = @Email", new { reader.Email }));
    }

    [Fact]
    public async Task Delete_cancels_pro_keeps_payments_without_the_email_and_stops_every_session_and_download()
    {
        var (reader, subscription, pdfSession) = await PayingReaderAsync();
        using var _r = reader;
        var id = await reader.UserIdAsync();
        using var elsewhere = new Reader(site, reader.Email);
        using (var signIn = await elsewhere.SignInAsync()) Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        using (var before = await elsewhere.Client.GetAsync(PaymentsFlow.DownloadUrl)) Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        using var deleted = await DeleteAsync(reader);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/account/sign-in?deleted=true", deleted.Headers.Location!.ToString());

        Assert.Contains(subscription.Id, site.Stripe.CancelledSubscriptions);
        Assert.Equal(0, await AppDbQueries.CountAsync(site, "users", "id = @id", new { id }));
        foreach (var table in new[] { "account_tokens", "stripe_customers", "test_checkout_sessions" })
            Assert.Equal(0, await AppDbQueries.CountAsync(site, table, "user_id = @id", new { id }));
        Assert.Equal(0, await AppDbQueries.CountAsync(site, "mail_outbox", "to_address = @Email", new { reader.Email }));
        Assert.Equal(1, await AppDbQueries.CountAsync(site, "purchases", "checkout_session_id = @pdfSession AND user_id IS NULL AND status = 'paid'", new { pdfSession }));
        Assert.Equal(1, await AppDbQueries.CountAsync(site, "subscriptions", "id = @Id AND user_id IS NULL AND status = 'canceled'", new { subscription.Id }));

        using (var download = await elsewhere.Client.GetAsync(PaymentsFlow.DownloadUrl)) Assert.NotEqual(HttpStatusCode.OK, download.StatusCode);
        using (var account = await elsewhere.Client.GetAsync("/account")) Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
        using var again = new Reader(site, reader.Email);
        using (var signIn = await again.SignInAsync()) Assert.Equal(HttpStatusCode.OK, signIn.StatusCode); // refused: the form again
    }

    [Fact]
    public async Task The_privacy_page_says_what_is_kept_and_is_linked_from_every_page()
    {
        var privacy = await site.GetDocumentAsync("/privacy");
        var text = privacy.QuerySelector("main")!.TextContent;
        Assert.Contains("until you delete it", text);
        Assert.Contains("without your email", text);
        Assert.NotNull(privacy.QuerySelector("a[href='/account/export']"));
        Assert.NotNull(privacy.QuerySelector("a[href='/account/delete']"));
        var home = await site.GetDocumentAsync("/");
        Assert.NotNull(home.QuerySelector("footer a[href='/privacy']"));
    }
}

[Collection(PaymentsCollection.Name)]
public sealed class AccountDataTestsOnSqlite(PaymentsSiteFactory site) : AccountDataTests(site);

[Collection(PostgresPaymentsCollection.Name), OnPostgres]
public sealed class AccountDataTestsOnPostgres(PostgresPaymentsSiteFactory site) : AccountDataTests(site);
