namespace Jobpocalypse.Web.Tests.Infrastructure;

public static class StripeTestSettings
{
    public const string WebhookSecret = "whsec_test_jobpocalypse";
    public const string ProPriceId = "price_test_pro";
    public const string PdfPriceId = "price_test_pdf";
}
