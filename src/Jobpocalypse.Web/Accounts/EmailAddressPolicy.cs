using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Net.Mail;

namespace Jobpocalypse.Web.Accounts;

/// <summary>
/// Which addresses an account may use, checked the way the mailer will read them, and the one form stored.
/// Policy: the part before @ is plain ASCII (letters, digits and . _ - + and the other RFC 5322 atom characters, no
/// quotes, no spaces); the domain may be internationalised and is stored in its ASCII (punycode) form, lower case.
/// No control, format (bidi overrides, zero-width) or space character anywhere. The result must come back unchanged
/// from <see cref="MailAddress"/>, so what is stored is exactly where mail goes.
/// </summary>
public static class EmailAddressPolicy
{
    public const int MaxLength = 254;
    private const string AtomSymbols = "!#$%&'*+/=?^_`{|}~-";
    private static readonly IdnMapping Idn = new() { AllowUnassigned = false, UseStd3AsciiRules = true };

    /// <summary>The stored form of <paramref name="input"/>, or null with the reason in words.</summary>
    public static string? Normalise(string? input, out string? problem)
    {
        problem = null;
        var text = input?.Trim() ?? "";
        if (text.Length == 0) return Fail("Enter an email address.", out problem);
        if (text.Length > MaxLength) return Fail($"An email address has at most {MaxLength} characters.", out problem);
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            if (char.IsWhiteSpace(c) || char.IsControl(c) || category is UnicodeCategory.Format or UnicodeCategory.Surrogate
                    or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
                return Fail("The email address holds a space or an invisible character; type it again without them.", out problem);
        }
        var at = text.LastIndexOf('@');
        if (at <= 0 || at == text.Length - 1 || text.IndexOf('@') != at)
            return Fail("Enter an email address with one @, such as name@example.com.", out problem);

        var local = text[..at];
        if (!local.All(c => char.IsAsciiLetterOrDigit(c) || c == '.' || AtomSymbols.Contains(c))
            || local.StartsWith('.') || local.EndsWith('.') || local.Contains("..", StringComparison.Ordinal) || local.Length > 64)
            return Fail("Before the @, use only unaccented letters, digits and . _ - + (no spaces, no accents).", out problem);

        string domain;
        try
        {
            domain = Idn.GetAscii(text[(at + 1)..].ToLowerInvariant().TrimEnd('.')).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return Fail("The part after @ is not a valid domain name.", out problem);
        }
        var labels = domain.Split('.');
        if (labels.Length < 2 || labels.Any(l => l.Length is 0 or > 63 || l.StartsWith('-') || l.EndsWith('-'))
            || labels[^1].All(char.IsAsciiDigit))
            return Fail("The part after @ is not a valid domain name, such as example.com.", out problem);

        var address = $"{local}@{domain}";
        // The mailer's own parser must read back exactly this address, with no display name taken from it.
        if (!MailAddress.TryCreate(address, out var parsed) || parsed.Address != address || parsed.DisplayName.Length > 0)
            return Fail("This email address cannot be used to send mail.", out problem);
        return address;
    }

    private static string? Fail(string message, out string? problem)
    {
        problem = message;
        return null;
    }
}

/// <summary>Form validation by <see cref="EmailAddressPolicy"/>: the message says what is wrong with the address.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MailboxAddressAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext context) =>
        value is null || EmailAddressPolicy.Normalise(value as string, out var problem) is not null
            ? ValidationResult.Success
            : new ValidationResult(problem, context.MemberName is { } m ? [m] : null);
}
