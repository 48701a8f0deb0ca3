using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;

namespace AmtzaHaderech.Integrations.Intake.Form;

/// A valid submission as the referral pipeline takes it: source `intake`, keyed by the form's
/// server-generated key, as of the submission date (Israel).
internal static class IntakeRecord
{
    public const string FileName = "intake-form";
    public const string SubSource = "intake_form";

    /// The idempotency key: the form token's key, in a namespace of its own within `intake` (the
    /// intake exports key their rows by file and row).
    public static string IdempotencyKey(string submissionKey) => "form:" + submissionKey;

    public static InboundRecord Create(IntakeAnswers answers, IntakeInput input, IssuedForm form, DateOnly submittedOn) => new()
    {
        Source = Sources.Intake,
        Key = form.Key,
        IdempotencyKey = IdempotencyKey(form.Key),
        File = FileName,
        Row = 1,
        RecordDate = submittedOn,
        RecruitmentChannel = answers.RecruitmentChannel,
        SubSource = SubSource,
        Raw = input.ToRaw(),
        Person = new PersonDetails
        {
            NationalId = answers.NationalId,
            FirstName = answers.FirstName,
            LastName = answers.LastName,
            BirthDate = answers.BirthDate,
            Gender = answers.Gender,
            Language = answers.Language,
            Phones = [answers.Phone],
            Email = answers.Email,
            City = answers.City,
            MonthsOutOfWork = DateMath.Months(answers.OutOfWorkSince, submittedOn),
            YearsOfExperience = answers.YearsOfExperience,
            DesiredScope = answers.DesiredScope,
            Capacity = answers.Capacity,
            Notes = Notes(answers.Occupation, answers.OccupationCode, answers.Track),
            SmsConsent = answers.SmsConsent,
            EmailConsent = answers.EmailConsent,
        },
    };

    /// The last occupation and preferred track, which the person has no column for yet (the
    /// ledger's raw record keeps them too). Null when neither is known.
    public static string? Notes(string? occupation, string? occupationCode, string? track)
    {
        var parts = new List<string>();
        if (occupation is not null) parts.Add($"עיסוק אחרון: {occupation}{(occupationCode is { } code ? $" ({code})" : "")}");
        if (track is not null) parts.Add($"מסלול מועדף: {track}");
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }
}
