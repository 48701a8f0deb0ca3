using System.Globalization;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Intake.Form;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Tabular;
using F = AmtzaHaderech.Integrations.Intake.Form.IntakeFields;

namespace AmtzaHaderech.Integrations.Intake.Exports;

/// One export row -> an InboundRecord of source `intake`, as of its submission date
/// (docs/screening.md). Rejections in docs/cli.md's order (RejectionReasons): missing_field, national_id, birth_date,
/// no_contact, bad_value; a bad optional answer is a warning and counts as missing. A row
/// without privacy consent is kept as `no_consent`.
internal sealed class IntakeExportRowMapper(string profileId, IntakeProfile profile, IdentityKeys identityKeys)
{
    private static readonly string[] MonthFormats = ["MM/yyyy", "M/yyyy", "yyyy-MM", "MM.yyyy", "M.yyyy"];

    public InboundRecord Map(IReadOnlyDictionary<string, ListCell> cells, string file, int row, DateOnly fileDate)
    {
        var warnings = new List<string>();
        var values = new SheetRowValues(profile, cells);

        var submittedOn = values.Date(IntakeExportFields.SubmittedAt, warnings);
        var recordDate = submittedOn ?? fileDate;
        var (firstName, lastName) = values.Name();
        var nationalIdText = values.Text(F.NationalId);
        var nationalId = IsraeliId.Normalize(nationalIdText);
        var birthDateText = values.Text(F.BirthDate);
        var birthDate = values.Date(F.BirthDate, []);
        var phones = values.Phones(warnings);
        var email = values.Email(warnings);

        var rejection = RejectionReasons.FirstOf(
            missingField: MissingField(),
            badNationalId: nationalIdText is not null && nationalId is null,
            badBirthDate: birthDateText is not null && (birthDate is not { } b || b.Year < 1900 || b > recordDate),
            noContact: phones.Count == 0 && email is null,
            badValue: !NameText.IsPersonName(firstName) ? F.FirstName
                : lastName.Length > 0 && !NameText.IsPersonName(lastName) ? F.LastName
                : null);

        // A name, and any answer the profile requires (contacts are no_contact, consent no_consent).
        string? MissingField()
        {
            if (firstName.Length == 0) return F.FirstName;
            foreach (var group in profile.EffectiveRequired)
            {
                var fields = group.Split('|', StringSplitOptions.TrimEntries);
                if (fields.Any(f => f is F.FirstName or F.FullName or F.Phone or F.Email or F.PrivacyConsent or F.SmsConsent or F.EmailConsent)) continue;
                if (fields.All(f => values.Text(f) is null)) return profile.Canonical(fields[0]) ?? fields[0];
            }
            return null;
        }

        var consented = values.IsYes(F.PrivacyConsent);
        var person = rejection is not null ? null : new PersonDetails
        {
            NationalId = nationalId,
            FirstName = firstName,
            LastName = lastName,
            BirthDate = birthDate,
            Gender = values.Choice(F.Gender, IntakeExportAnswers.Gender, warnings),
            Language = values.Choice(F.Language, IntakeExportAnswers.Language, warnings),
            Phones = phones,
            Email = email,
            City = values.Text(F.City),
            MonthsOutOfWork = MonthsOutOfWork(values, recordDate, warnings),
            YearsOfExperience = values.Number(F.YearsOfExperience, years => years <= 60, warnings),
            DesiredScope = values.Parsed(F.DesiredScope, IntakeExportAnswers.DesiredScope, warnings),
            Capacity = values.Parsed(F.Capacity, answer => IntakeExportAnswers.YesNo(profile, answer), warnings),
            Notes = IntakeRecord.Notes(values.Text(F.Occupation), null, values.Choice(F.Track, IntakeExportAnswers.Track, warnings)),
            SmsConsent = values.IsYes(F.SmsConsent),
            EmailConsent = values.IsYes(F.EmailConsent),
        };

        return new InboundRecord
        {
            Source = Sources.Intake,
            Key = row.ToString(CultureInfo.InvariantCulture),
            IdempotencyKey = IdempotencyKey(nationalId, phones.FirstOrDefault() ?? email, submittedOn, file, row),
            File = file,
            Row = row,
            RecordDate = recordDate,
            RecruitmentChannel = HeardVia(values, warnings),
            SubSource = profileId,
            Raw = values.Raw(),
            Person = person,
            Rejection = rejection,
            Warnings = warnings,
            Consented = consented,
        };
    }

    /// The same person in the same export is the same key, whichever file it came in (docs/cli.md:
    /// a file imported again comes back as duplicates): by national ID, else by contact and
    /// submission date. Table keys hold no personal data: the values are hashed.
    private string IdempotencyKey(string? nationalId, string? contact, DateOnly? submittedOn, string file, int row)
    {
        var identity = nationalId is not null ? $"id|{nationalId}"
            : contact is not null ? $"contact|{contact}|{submittedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
            : null;
        var profileKey = profileId.ToLowerInvariant();
        return identity is null ? $"export:{profileKey}:{file}:{row}" : $"export:{profileKey}:{identityKeys.Opaque($"{profileKey}|{identity}")}";
    }

    private string HeardVia(SheetRowValues values, List<string> warnings)
    {
        if (values.Text(F.HeardVia) is not { } answer) return RecruitmentChannels.Other;
        if (IntakeExportAnswers.HeardVia(profile, answer) is { } code) return code;
        warnings.Add($"bad_value:{F.HeardVia}");
        return RecruitmentChannels.Other;
    }

    /// Months from the 1st of the month out of work since to the submission (docs/screening.md).
    private int? MonthsOutOfWork(SheetRowValues values, DateOnly recordDate, List<string> warnings)
    {
        // A date cell or a date in the profile's formats, else a month written alone (03/2025).
        var since = values.Date(F.OutOfWorkSince, [])
            ?? values.Parsed(F.OutOfWorkSince, text => FieldParsing.ParseDate(text, MonthFormats), warnings);
        if (since is not { } month) return null;
        var first = new DateOnly(month.Year, month.Month, 1);
        if (first > recordDate)
        {
            warnings.Add($"bad_value:{F.OutOfWorkSince}");
            return null;
        }
        return DateMath.Months(first, recordDate);
    }
}
