using AmtzaHaderech.Integrations.Intake.Form;
using AmtzaHaderech.Integrations.Referrals;
using F = AmtzaHaderech.Integrations.Intake.Form.IntakeFields;

namespace AmtzaHaderech.Integrations.Tests.Intake.Form;

public sealed class IntakeRecordTests
{
    private static readonly IssuedForm Form = new("01JDZ7M3Q8W0X5E8C4N2K6T9VA", new DateTimeOffset(2026, 11, 26, 7, 0, 0, TimeSpan.Zero));

    private static InboundRecord Create(Dictionary<string, string?> values)
    {
        var input = new IntakeInput(values);
        return IntakeRecord.Create(IntakeInputs.Validator().Validate(input, IntakeInputs.Today, IntakeInputs.Hebrew).Answers!, input, Form, IntakeInputs.Today);
    }

    [Fact]
    public void Create_ValidAnswers_IntakeReferralKeyedByTheForm()
    {
        var record = Create(IntakeInputs.Valid());

        Assert.Equal(Sources.Intake, record.Source);
        Assert.Equal(Form.Key, record.Key);
        Assert.Equal("form:" + Form.Key, record.IdempotencyKey);
        Assert.Equal(IntakeInputs.Today, record.RecordDate);
        Assert.Equal(RecruitmentChannels.Friend, record.RecruitmentChannel);
        Assert.Null(record.Rejection);
        var person = record.Person!;
        Assert.Equal(["+972501234567"], person.Phones);
        Assert.Equal("כפר סבא", person.City);
        Assert.True(person.Capacity);
        Assert.True(person.SmsConsent);
        Assert.False(person.EmailConsent);
    }

    [Theory]
    [InlineData("5", "2026", 6)] // 1 May to 26 November
    [InlineData("11", "2026", 0)]
    [InlineData("12", "2016", 119)]
    public void Create_OutOfWorkSince_MonthsFromTheFirstOfThatMonth(string month, string year, int months) =>
        Assert.Equal(months, Create(IntakeInputs.With((F.OutOfWorkMonth, month), (F.OutOfWorkYear, year))).Person!.MonthsOutOfWork);

    [Theory]
    [InlineData("employment_service")]
    [InlineData("employment_center")]
    [InlineData("social_media")]
    [InlineData("municipal")]
    [InlineData("other")]
    public void Create_HeardVia_IsTheRecruitmentChannel(string channel) =>
        Assert.Equal(channel, Create(IntakeInputs.With((F.HeardVia, channel))).RecruitmentChannel);

    [Fact]
    public void Create_Raw_KeepsTheAnswersButNotTokenOrHoneypot()
    {
        var values = IntakeInputs.With((F.FormToken, "token"), (F.Honeypot, ""), ("unexpected", "x"));

        var raw = Create(values).Raw;

        Assert.Equal("מנהלת חשבונות", raw[F.Occupation]);
        Assert.Equal("salaried", raw[F.Track]);
        Assert.False(raw.ContainsKey(F.FormToken));
        Assert.False(raw.ContainsKey(F.Honeypot));
        Assert.False(raw.ContainsKey("unexpected"));
    }
}
