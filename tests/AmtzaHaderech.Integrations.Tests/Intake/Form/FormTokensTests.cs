using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Intake.Form;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AmtzaHaderech.Integrations.Tests.Intake.Form;

public sealed class FormTokensTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 26, 7, 0, 0, TimeSpan.Zero));

    private FormTokens Tokens(string secret = "a-secret-of-at-least-thirty-two-characters") =>
        new(Options.Create(new HubOptions { IdentityKeySecret = secret }), clock);

    [Fact]
    public void Verify_IssuedToken_KeyAndIssueTime()
    {
        var tokens = Tokens();

        var form = tokens.Verify(tokens.Issue());

        Assert.NotNull(form);
        Assert.Equal(26, form.Key.Length);
        Assert.Equal(clock.GetUtcNow(), form.IssuedAt);
    }

    [Fact]
    public void Issue_TwoForms_DifferentKeys()
    {
        var tokens = Tokens();

        Assert.NotEqual(tokens.Verify(tokens.Issue())!.Key, tokens.Verify(tokens.Issue())!.Key);
    }

    [Fact]
    public void Verify_TokenOfAnotherSecret_Null() =>
        Assert.Null(Tokens().Verify(Tokens("another-secret-of-at-least-thirty-two-chars").Issue()));

    [Fact]
    public void Verify_TamperedToken_Null()
    {
        var token = Tokens().Issue().ToCharArray();
        token[3] = token[3] == 'A' ? 'B' : 'A';

        Assert.Null(Tokens().Verify(new string(token)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a token")]
    [InlineData("AAAA")]
    public void Verify_Garbage_Null(string? token) => Assert.Null(Tokens().Verify(token));
}
