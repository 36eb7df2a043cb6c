using Xunit.Abstractions;

namespace Jobpocalypse.Web.Tests.Accounts;

/// <summary>Timing is measured alone: with the rest of the suite running beside it on two cores, noise swamps the signal.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing, run alone";
}

/// <summary>
/// Sign-in, sign-up and forgot-password take the same time for an address with an account and one without: their
/// medians within 20% (<see cref="EnumerationTimings"/> measures them).
/// </summary>
[Collection(TimingCollection.Name)]
public class EnumerationTimingTests(EnumerationTimings timings, ITestOutputHelper output) : IClassFixture<EnumerationTimings>
{
    [Fact]
    public async Task Sign_in_takes_the_same_time_for_a_known_and_an_unknown_email() =>
        AssertWithin20Percent(await timings.SignInTimingAsync());

    [Fact]
    public async Task Sign_up_takes_the_same_time_for_a_taken_and_a_new_email() =>
        AssertWithin20Percent(await timings.SignUpTimingAsync());

    [Fact]
    public async Task Forgot_password_takes_the_same_time_for_a_known_and_an_unknown_email() =>
        AssertWithin20Percent(await timings.ForgotPasswordTimingAsync());

    private void AssertWithin20Percent(FormTiming timing)
    {
        if (timing.FirstTry is { } firstTry) output.WriteLine(firstTry);
        output.WriteLine($"{timing.Form}: median {timing.KnownMs:0.0} ms for a known email, {timing.UnknownMs:0.0} ms for an unknown one, over {timings.TriesPerSide} tries each");
        Assert.True(timing.Within20Percent,
            $"{timing.Form}: median {timing.KnownMs:0.0} ms (known) and {timing.UnknownMs:0.0} ms (unknown) differ by more than 20%");
    }
}
