using AmtzaHaderech.Integrations.Intake.Form;
using AmtzaHaderech.Integrations.Tests.Referrals.Screening;
using F = AmtzaHaderech.Integrations.Intake.Form.IntakeFields;

namespace AmtzaHaderech.Integrations.Tests.Intake.Form;

public sealed class IntakeValidatorTests
{
    [Fact]
    public void Validate_CompleteAnswers_NormalizedAnswers()
    {
        var validation = IntakeInputs.Validate(IntakeInputs.Valid());

        Assert.Empty(validation.Errors);
        var answers = validation.Answers!;
        Assert.Equal("רחל", answers.FirstName);
        Assert.Equal("123456782", answers.NationalId);
        Assert.Equal(new DateOnly(1965, 3, 15), answers.BirthDate);
        Assert.Equal("+972501234567", answers.Phone);
        Assert.Equal("rachel@example.com", answers.Email);
        Assert.Equal("friend", answers.RecruitmentChannel);
        Assert.Equal("4311", answers.OccupationCode);
        Assert.Equal(new DateOnly(2026, 5, 1), answers.OutOfWorkSince);
        Assert.Equal(100, answers.DesiredScope);
        Assert.True(answers.Capacity);
        Assert.True(answers.SmsConsent);
        Assert.False(answers.EmailConsent);
    }

    [Fact]
    public void Validate_NothingAnswered_OneErrorPerQuestionInPageOrder()
    {
        var validation = IntakeInputs.Validate([]);

        Assert.Null(validation.Answers);
        Assert.Equal(
            [F.FirstName, F.LastName, F.NationalId, IntakeDates.BirthDateGroup, F.Gender, F.City, F.Phone, F.HeardVia, F.Occupation,
                F.YearsOfExperience, F.WorkingNow, F.DesiredScope, F.Track, F.Capacity, F.PrivacyConsent],
            validation.Errors.Select(e => e.Field));
        Assert.All(validation.Errors, e => Assert.Matches("[א-ת]", e.Message));
    }

    [Theory]
    [InlineData("123456789")] // check digit wrong
    [InlineData("12345678a")]
    [InlineData("1234567890")]
    [InlineData("000000000")]
    public void Validate_BadNationalId_ErrorOnTheField(string id)
    {
        var validation = IntakeInputs.Validate(IntakeInputs.With((F.NationalId, id)));

        var error = Assert.Single(validation.Errors);
        Assert.Equal(F.NationalId, error.Target);
    }

    [Theory]
    [InlineData("12345678-2")]
    [InlineData(" 1234 5678 2 ")]
    [InlineData("39337423")] // 8 digits, padded
    public void Validate_IdWithSpacesOrShort_Normalized(string id)
    {
        var validation = IntakeInputs.Validate(IntakeInputs.With((F.NationalId, id)));

        Assert.True(validation.IsValid);
        Assert.Equal(9, validation.Answers!.NationalId.Length);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Robert1")]
    [InlineData("...")]
    [InlineData("=HYPERLINK(\"http://evil.example/x\",\"לחצו\")")]
    [InlineData("+cmd|calc")]
    [InlineData("-דנה")]
    [InlineData("דנה@evil")]
    [InlineData("חשבונך נחסם. לאימות היכנסו ל evil.example")]
    public void Validate_NameNotAName_ErrorInHebrewOnTheField(string name)
    {
        var validation = IntakeInputs.Validate(IntakeInputs.With((F.FirstName, name)));

        var error = Assert.Single(validation.Errors);
        Assert.Equal((F.FirstName, "השם הפרטי צריך להתחיל באות, ויכול לכלול רק אותיות, רווח, מקף, גרש וגרשיים"), (error.Field, error.Message));
    }

    [Theory]
    [InlineData("ג'ורג'")]
    [InlineData("בן-דוד")]
    [InlineData("O'Brien")]
    [InlineData("Анна")]
    [InlineData("محمد")]
    [InlineData("אבו חצ’יצ’ה")]
    [InlineData("כ״ץ")]
    [InlineData("כ\"ץ")]
    public void Validate_NamesPeopleHave_Accepted(string name) =>
        Assert.True(IntakeInputs.Validate(IntakeInputs.With((F.FirstName, name))).IsValid);

    [Theory]
    [InlineData("31", "2", "1965", F.BirthDay)] // no 31 February
    [InlineData("15", "13", "1965", F.BirthMonth)]
    [InlineData("15", "3", "65", F.BirthYear)]
    [InlineData("15", "3", "2020", F.BirthYear)] // a child
    [InlineData("", "3", "1965", F.BirthDay)]
    [InlineData("15", "", "1965", F.BirthMonth)]
    public void Validate_BadBirthDate_ErrorTargetsThePart(string day, string month, string year, string target)
    {
        var validation = IntakeInputs.Validate(IntakeInputs.With((F.BirthDay, day), (F.BirthMonth, month), (F.BirthYear, year)));

        var error = Assert.Single(validation.Errors);
        Assert.Equal(IntakeDates.BirthDateGroup, error.Field);
        Assert.Equal(target, error.Target);
    }

    [Theory]
    [InlineData("12", "2026", F.OutOfWorkMonth)] // next month
    [InlineData("0", "2026", F.OutOfWorkMonth)]
    [InlineData("5", "26", F.OutOfWorkYear)]
    public void Validate_BadOutOfWorkSince_Error(string month, string year, string target)
    {
        var validation = IntakeInputs.Validate(IntakeInputs.With((F.OutOfWorkMonth, month), (F.OutOfWorkYear, year)));

        Assert.Equal(target, Assert.Single(validation.Errors).Target);
    }

    [Fact]
    public void Validate_WorkingNow_OutOfWorkSinceThisMonthWithoutAskingIt() =>
        Assert.Equal(new DateOnly(2026, 11, 1), IntakeInputs.Validate(IntakeInputs.With(
            (F.WorkingNow, "yes"), (F.OutOfWorkMonth, null), (F.OutOfWorkYear, null))).Answers!.OutOfWorkSince);

    [Fact]
    public void Validate_NotWorkingWithoutSinceWhen_AsksForTheMonth() =>
        Assert.Equal(IntakeDates.OutOfWorkGroup, Assert.Single(IntakeInputs.Validate(IntakeInputs.With(
            (F.OutOfWorkMonth, null), (F.OutOfWorkYear, null))).Errors).Field);

    [Fact]
    public void Validate_BadIdDatePhoneAndEmail_AllReportedInOnePass()
    {
        var errors = IntakeInputs.Validate(IntakeInputs.With(
            (F.NationalId, "123456789"), (F.BirthDay, "31"), (F.BirthMonth, "2"), (F.Phone, "12345"), (F.Email, "rachel@"))).Errors;

        Assert.Equal([F.NationalId, IntakeDates.BirthDateGroup, F.Phone, F.Email], errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData("ru", "Напишите имя")]
    [InlineData("ar", "يرجى كتابة الاسم الشخصي")]
    public void Validate_InTheFormsLanguage_MessagesInIt(string language, string firstNameMissing)
    {
        var validation = IntakeInputs.Validate(IntakeInputs.With((F.FirstName, "")), ShippedDefaults.Localizer().For(language));

        Assert.Equal(firstNameMissing, Assert.Single(validation.Errors).Message);
    }

    [Fact]
    public void Validate_Language_TheFormsLanguageIsThePersons() =>
        Assert.Equal("ru", IntakeInputs.Validate(IntakeInputs.Valid(), ShippedDefaults.Localizer().For("ru")).Answers!.Language);

    [Fact]
    public void Validate_OutOfWorkThisMonth_Accepted() =>
        Assert.Equal(new DateOnly(2026, 11, 1), IntakeInputs.Validate(IntakeInputs.With((F.OutOfWorkMonth, "11"))).Answers!.OutOfWorkSince);

    [Theory]
    [InlineData("03-7654321")] // a landline
    [InlineData("050-123")]
    [InlineData("+1 212 555 0100")]
    [InlineData("")]
    public void Validate_NotAnIsraeliMobile_Error(string phone) =>
        Assert.Equal(F.Phone, Assert.Single(IntakeInputs.Validate(IntakeInputs.With((F.Phone, phone))).Errors).Field);

    [Fact]
    public void Validate_NoEmail_Accepted() =>
        Assert.Null(IntakeInputs.Validate(IntakeInputs.With((F.Email, ""))).Answers!.Email);

    [Fact]
    public void Validate_BadEmail_Error() =>
        Assert.Equal(F.Email, Assert.Single(IntakeInputs.Validate(IntakeInputs.With((F.Email, "rachel@"))).Errors).Field);

    [Fact]
    public void Validate_CityNotInList_Error() =>
        Assert.Equal(F.City, Assert.Single(IntakeInputs.Validate(IntakeInputs.With((F.City, "חיפה"))).Errors).Field);

    [Fact]
    public void Validate_OtherCityWithoutName_ErrorOnTheName() =>
        Assert.Equal(F.OtherCity, Assert.Single(IntakeInputs.Validate(IntakeInputs.With((F.City, F.OtherCityValue))).Errors).Field);

    [Fact]
    public void Validate_OtherCityNamed_ThatCity() =>
        Assert.Equal("חיפה", IntakeInputs.Validate(IntakeInputs.With((F.City, F.OtherCityValue), (F.OtherCity, "חיפה"))).Answers!.City);

    [Theory]
    [InlineData("partial", null, 50)]
    [InlineData("percent", "40", 40)]
    [InlineData("percent", "40%", 40)]
    public void Validate_Scope_Percent(string scope, string? percent, int expected) =>
        Assert.Equal(expected, IntakeInputs.Validate(IntakeInputs.With((F.DesiredScope, scope), (F.ScopePercent, percent))).Answers!.DesiredScope);

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("150")]
    public void Validate_PercentOutOfRange_ErrorOnPercent(string percent) =>
        Assert.Equal(F.ScopePercent, Assert.Single(IntakeInputs.Validate(IntakeInputs.With((F.DesiredScope, "percent"), (F.ScopePercent, percent))).Errors).Field);

    [Theory]
    [InlineData(F.HeardVia, "facebook")] // not one of the choices
    [InlineData(F.Gender, "X")]
    [InlineData(F.Track, "training")]
    [InlineData(F.Capacity, "maybe")]
    public void Validate_ValueOutsideChoices_ErrorOnFirstChoice(string field, string value)
    {
        var error = Assert.Single(IntakeInputs.Validate(IntakeInputs.With((field, value))).Errors);

        Assert.Equal(field, error.Field);
        Assert.StartsWith(field + "-", error.Target);
    }

    [Fact]
    public void Validate_CapacityNo_AcceptedAsFalse() =>
        Assert.False(IntakeInputs.Validate(IntakeInputs.With((F.Capacity, "no"))).Answers!.Capacity);

    [Fact]
    public void Validate_NoPrivacyConsent_Error() =>
        Assert.Equal(F.PrivacyConsent, Assert.Single(IntakeInputs.Validate(IntakeInputs.With((F.PrivacyConsent, null))).Errors).Field);

    [Theory]
    [InlineData("-1")]
    [InlineData("61")]
    [InlineData("שלושים")]
    public void Validate_YearsOutOfRange_Error(string years) =>
        Assert.Equal(F.YearsOfExperience, Assert.Single(IntakeInputs.Validate(IntakeInputs.With((F.YearsOfExperience, years))).Errors).Field);

    [Fact]
    public void Validate_CodeNotOfTheTitle_Dropped()
    {
        var answers = IntakeInputs.Validate(IntakeInputs.With((F.OccupationCode, "9999"))).Answers!;

        Assert.Equal("מנהלת חשבונות", answers.Occupation);
        Assert.Null(answers.OccupationCode);
    }

    [Fact]
    public void Validate_FreeTextOccupation_KeptWithoutCode()
    {
        var answers = IntakeInputs.Validate(IntakeInputs.With((F.Occupation, "<b>עבדתי במפעל</b>"), (F.OccupationCode, ""))).Answers!;

        Assert.Equal("<b>עבדתי במפעל</b>", answers.Occupation);
        Assert.Null(answers.OccupationCode);
    }

    [Fact]
    public void Validate_VeryLongValue_CutAndRefused() =>
        Assert.Equal(F.LastName, Assert.Single(IntakeInputs.Validate(IntakeInputs.With((F.LastName, new string('א', 100_000)))).Errors).Field);
}
