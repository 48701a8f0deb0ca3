using AmtzaHaderech.Integrations.FollowUps.Answers;
using AmtzaHaderech.Integrations.FollowUps.Pages;
using AmtzaHaderech.Integrations.Localization;
using AmtzaHaderech.Integrations.Tests.Referrals.Screening;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace AmtzaHaderech.Integrations.Tests.FollowUps.Sending;

public class StatusFormTests
{
    private static readonly Texts Texts = ShippedDefaults.Localizer().Default;

    private static StatusForm Form(params (string Key, string Value)[] fields) =>
        StatusForm.Read(new FormCollection(fields.ToDictionary(f => f.Key, f => new StringValues(f.Value))));

    [Theory]
    [InlineData("he", Addressing.Female, "נא לבחור אם את עובדת עכשיו.")]
    [InlineData("he", Addressing.Male, "נא לבחור אם אתה עובד עכשיו.")]
    [InlineData("he", Addressing.Plural, "נא לבחור אם אתם עובדים עכשיו.")]
    [InlineData("ru", Addressing.Female, "Выберите, работаете ли вы сейчас.")]
    [InlineData("ar", Addressing.Male, "يرجى اختيار ما إذا كنتَ تعمل الآن.")]
    public void Errors_NothingChosen_AsksWhetherWorkingInTheirWords(string language, Addressing addressing, string message)
    {
        var errors = Form().Errors(ShippedDefaults.Localizer().For(language, addressing));

        Assert.Equal(("working-same", message), Assert.Single(errors));
    }

    [Fact]
    public void ToAnswer_NotWorking_DropsJobDetails()
    {
        var form = Form(("working", "no"), ("employer", "אלביט"), ("salary", "abc"), ("call", "yes"));

        Assert.Empty(form.Errors(Texts));
        Assert.Equal(new StatusAnswer { Working = WorkingAnswers.No, CallRequested = true }, form.ToAnswer());
    }

    [Fact]
    public void ToAnswer_WorkingWithDetails_KeepsThem()
    {
        var form = Form(("working", "other"), ("scope", "percent"), ("scopePercent", "60"), ("employer", " אלביט מערכות "),
            ("role", "מחסנאי"), ("foundVia", "program"), ("salary", "9,500"), ("call", "no"));

        Assert.Empty(form.Errors(Texts));
        var answer = form.ToAnswer();
        Assert.Equal((ScopeAnswers.Percent, 60, "program", 9500m, false), (answer.Scope, answer.ScopePercent, answer.FoundVia, answer.MonthlySalary, answer.CallRequested));
        Assert.Equal("other", answer.Working);
    }

    [Theory]
    [InlineData("employer", "=1+1")]
    [InlineData("employer", "@SUM(A1)")]
    [InlineData("employer", "-2+3")]
    [InlineData("role", "+972501234567")]
    [InlineData("role", "מנהלת | http://evil.example")]
    [InlineData("employer", "אלביט; מערכות")]
    public void Errors_EmployerOrRoleNotNameLike_ErrorInHebrewOnThatField(string field, string value)
    {
        var error = Assert.Single(Form(("working", "same"), (field, value)).Errors(Texts));

        Assert.Equal(field, error.Field);
        Assert.StartsWith(field == "employer" ? "נא לכתוב את שם המעסיק באותיות ובספרות." : "נא לכתוב את שם התפקיד באותיות ובספרות.", error.Message);
    }

    [Theory]
    [InlineData("בזק בע\"מ")]
    [InlineData("Johnson & Johnson")]
    [InlineData("מנהל/ת חשבונות (חלקי)")]
    [InlineData("3M ישראל")]
    [InlineData("O'Reilly, Inc.")]
    public void Errors_EmployerAndRoleAsPeopleWriteThem_None(string value) =>
        Assert.Empty(Form(("working", "same"), ("employer", value), ("role", value)).Errors(Texts));

    [Fact]
    public void ToAnswer_SalaryDeclined_HasNoSalaryEvenIfTyped()
    {
        var answer = Form(("working", "same"), ("salary", "12000"), ("salaryDeclined", "yes")).ToAnswer();

        Assert.Null(answer.MonthlySalary);
        Assert.True(answer.SalaryDeclined);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("half")]
    public void Errors_BadPercent_PointsAtThePercentField(string percent) =>
        Assert.Equal("scopePercent", Assert.Single(Form(("working", "same"), ("scope", "percent"), ("scopePercent", percent)).Errors(Texts)).Field);

    [Theory]
    [InlineData("-5")]
    [InlineData("lots")]
    [InlineData("99999999")]
    public void Errors_BadSalary_PointsAtTheSalaryField(string salary) =>
        Assert.Equal("salary", Assert.Single(Form(("working", "same"), ("salary", salary)).Errors(Texts)).Field);

    [Fact]
    public void ToAnswer_FullTime_IsAHundredPercentInSpot()
    {
        var answer = Form(("working", "same"), ("scope", "full")).ToAnswer();

        Assert.Equal(100, AnswerChanges.Employment(answer, new DateOnly(2026, 11, 22)).ScopePercent);
    }

    [Fact]
    public void ToAnswer_UnknownFoundVia_IsLeftEmpty() =>
        Assert.Null(Form(("working", "same"), ("foundVia", "friend")).ToAnswer().FoundVia);
}
