using AmtzaHaderech.Integrations.FollowUps.Answers;
using AmtzaHaderech.Integrations.FollowUps.Pages;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.Localization;
using AmtzaHaderech.Integrations.Tests.Referrals.Screening;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace AmtzaHaderech.Integrations.Tests.FollowUps.Pages;

public class RsvpFormTests
{
    private static readonly DateOnly Invited = new(2026, 12, 7);
    private static readonly DateOnly Today = new(2026, 11, 22);

    // Kfar Saba's calendar: one past, the invited Monday, four later Mondays (one listed twice, out of order).
    private static FollowUpsOptions Calendar(int otherDates = 3) => new()
    {
        RsvpOtherDates = otherDates,
        Conferences = new(StringComparer.Ordinal)
        {
            ["ksb"] = Days(new(2026, 11, 9), new(2027, 1, 18), Invited, new(2026, 12, 21), new(2027, 1, 4), new(2026, 12, 21), new(2027, 2, 1)),
            ["tlv"] = Days(new DateOnly(2026, 12, 14)),
        },
    };

    private static List<ConferenceOptions> Days(params DateOnly[] days) => [.. days.Select(d => new ConferenceOptions { Date = d })];

    private static readonly Texts Texts = ShippedDefaults.Localizer().Default;

    private static readonly DateOnly[] Offered = [new(2026, 12, 21), new(2027, 1, 4), new(2027, 1, 18)];

    private static RsvpForm Form(params (string Key, string Value)[] fields) =>
        RsvpForm.Read(new FormCollection(fields.ToDictionary(f => f.Key, f => new StringValues(f.Value))));

    [Fact]
    public void OtherDates_CenterWithLaterConferences_TheNextThreeAfterTheInvitedDayInOrder()
    {
        Assert.Equal(Offered, RsvpForm.OtherDates(Calendar(), "ksb", Invited, Today, []));
    }

    [Fact]
    public void OtherDates_AlreadyInvitedToOne_LeavesItOutAndTakesTheNext()
    {
        Assert.Equal([new(2026, 12, 21), new(2027, 1, 18), new(2027, 2, 1)],
            RsvpForm.OtherDates(Calendar(), "ksb", Invited, Today, [Invited, new(2027, 1, 4)]));
    }

    [Fact]
    public void OtherDates_LinkOpenedAfterALaterConference_OnlyDaysStillToCome()
    {
        Assert.Equal([new(2027, 1, 4), new(2027, 1, 18), new(2027, 2, 1)],
            RsvpForm.OtherDates(Calendar(), "ksb", Invited, new DateOnly(2026, 12, 21), []));
    }

    [Theory]
    [InlineData("tlv")]
    [InlineData("bsv")]
    [InlineData("")]
    [InlineData(null)]
    public void OtherDates_NoLaterConferenceOrNoCenter_None(string? center)
    {
        Assert.Empty(RsvpForm.OtherDates(Calendar(), center, new DateOnly(2026, 12, 14), Today, []));
    }

    [Fact]
    public void OtherDates_SwitchedOff_None()
    {
        Assert.Empty(RsvpForm.OtherDates(Calendar(otherDates: 0), "ksb", Invited, Today, []));
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("no", false)]
    public void ToChoice_ComingOrNot_NoMove(string answer, bool coming)
    {
        var form = Form(("answer", answer), ("date", "2026-12-21"));

        Assert.True(form.IsAnswer);
        Assert.Empty(form.Errors(Texts, Offered));
        Assert.Equal(new RsvpChoice(coming, null), form.ToChoice(Offered));
    }

    [Fact]
    public void ToChoice_OfferedDate_MovesThere()
    {
        var form = Form(("answer", "other"), ("date", "2027-01-04"));

        Assert.Empty(form.Errors(Texts, Offered));
        Assert.Equal(new RsvpChoice(false, new DateOnly(2027, 1, 4)), form.ToChoice(Offered));
    }

    [Theory]
    [InlineData("2027-02-01")] // a conference of the center, but not one offered
    [InlineData("2026-12-07")] // the invited day itself
    [InlineData("2026-12-22")]
    [InlineData("21/12/2026")]
    [InlineData("not a date")]
    public void Errors_DateNotOffered_RefusedOnTheFirstDay(string date)
    {
        var form = Form(("answer", "other"), ("date", date));

        var (field, message) = Assert.Single(form.Errors(Texts, Offered));
        Assert.Equal("date-2026-12-21", field);
        Assert.Contains("אינו אחד המועדים ברשימה", message);
        Assert.Throws<InvalidOperationException>(() => form.ToChoice(Offered));
    }

    [Fact]
    public void Errors_OtherWithoutDate_AsksToChoose()
    {
        var (field, message) = Assert.Single(Form(("answer", "other")).Errors(Texts, Offered));

        Assert.Equal(("date-2026-12-21", "נא לבחור את המועד המתאים מהרשימה."), (field, message));
    }

    [Fact]
    public void Errors_OtherWhenNothingOffered_RefusedOnTheQuestion()
    {
        var (field, _) = Assert.Single(Form(("answer", "other"), ("date", "2026-12-21")).Errors(Texts, []));

        Assert.Equal("rsvp-question", field);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("")]
    public void IsAnswer_NoOrUnknownAnswer_False(string answer)
    {
        Assert.False(Form(("answer", answer)).IsAnswer);
        Assert.False(RsvpForm.Empty.IsAnswer);
    }
}
