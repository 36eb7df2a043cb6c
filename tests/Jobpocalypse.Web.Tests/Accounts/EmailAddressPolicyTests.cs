using System.Net;
using System.Net.Mail;
using Jobpocalypse.Web.Accounts;
using Jobpocalypse.Web.Tests.Infrastructure;
using Jobpocalypse.Web.Tests.Infrastructure.Postgres;

namespace Jobpocalypse.Web.Tests.Accounts;

public class EmailAddressPolicyTests
{
    [Theory]
    [InlineData("reader@example.com", "reader@example.com")]
    [InlineData("  Reader.Name+jobs@Example.COM ", "Reader.Name+jobs@example.com")]
    [InlineData("a@exämple.com", "a@xn--exmple-cua.com")]
    [InlineData("o'neil@sub.example.org", "o'neil@sub.example.org")]
    public void Usable_addresses_are_stored_in_one_form_the_mailer_reads_back_unchanged(string typed, string stored)
    {
        var address = EmailAddressPolicy.Normalise(typed, out var problem);

        Assert.Null(problem);
        Assert.Equal(stored, address);
        Assert.Equal(stored, new MailAddress(address!).Address);
    }

    [Theory]
    [InlineData("a b@example.com", "space")]            // MailAddress would mail b@example.com
    [InlineData("tést@exämple.com", "no accents")]       // a non-ASCII local part the mailer cannot send to
    [InlineData("evil\u202Emoc.elpmaxe@a.com", "invisible")] // a right-to-left override
    [InlineData("zero\u200Bwidth@example.com", "invisible")]
    [InlineData("Reader <reader@example.com>", "space")]
    [InlineData("\"quoted\"@example.com", "no accents")]
    [InlineData("two@@example.com", "one @")]
    [InlineData("a@b@example.com", "one @")]
    [InlineData("noat.example.com", "one @")]
    [InlineData("dot.@example.com", "no accents")]
    [InlineData("a@localhost", "domain")]
    [InlineData("a@-bad-.com", "domain")]
    [InlineData("a@example.123", "domain")]
    [InlineData("", "Enter an email")]
    public void Addresses_the_mailer_would_misread_are_refused_with_a_reason(string typed, string reason)
    {
        Assert.Null(EmailAddressPolicy.Normalise(typed, out var problem));
        Assert.Contains(reason, problem, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>Sign-up refuses what the mailer cannot use, before anything is stored, and stores the one normalised form.</summary>
public abstract class SignUpEmailTests(PaymentsSiteFactory site)
{
    [Theory]
    [InlineData("a b@example.test")]
    [InlineData("tést@exämple.test")]
    [InlineData("evil\u202Eliam@example.test")]
    public async Task An_unusable_address_is_a_form_error_and_no_account(string email)
    {
        using var reader = new Reader(site, email);
        var before = await AppDbQueries.CountAsync(site, "users");

        using var response = await reader.SignUpAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = (await SiteFactory.ParseAsync(response)).QuerySelector(".form-errors")!.TextContent;
        Assert.False(string.IsNullOrWhiteSpace(errors));
        Assert.Equal(before, await AppDbQueries.CountAsync(site, "users")); // tests of one collection run one at a time
    }

    [Fact]
    public async Task The_stored_address_is_the_normalised_one_and_signs_in_however_it_is_typed()
    {
        var local = $"Mixed.{Guid.NewGuid():N}";
        using var reader = new Reader(site, $"  {local}@EXÄMPLE.test ");

        using (var signUp = await reader.SignUpAsync()) Assert.Equal(HttpStatusCode.Redirect, signUp.StatusCode);

        Assert.Equal($"{local}@xn--exmple-cua.test", await AppDbQueries.ScalarAsync<string>(site,
            "SELECT email FROM users WHERE email LIKE @prefix", new { prefix = local + "@%" }));
        using var again = new Reader(site, $"{local.ToLowerInvariant()}@exämple.test");
        using var signIn = await again.SignInAsync();
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }
}

[Collection(PaymentsCollection.Name)]
public sealed class SignUpEmailTestsOnSqlite(PaymentsSiteFactory site) : SignUpEmailTests(site);

[Collection(PostgresPaymentsCollection.Name), OnPostgres]
public sealed class SignUpEmailTestsOnPostgres(PostgresPaymentsSiteFactory site) : SignUpEmailTests(site);
