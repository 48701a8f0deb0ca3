using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;

namespace AmtzaHaderech.Integrations.EmploymentService;

/// One referral row -> an InboundRecord: validation in docs/cli.md's reason order (RejectionReasons: misrouted,
/// missing_field, national_id, birth_date, no_contact, bad_value), normalization of docs/matching.md.
internal sealed class EsRowParser(string programCode)
{
    public InboundRecord Parse(IReadOnlyDictionary<string, string?> raw, string file, int row, DateOnly fileDate)
    {
        string? Get(string header) => raw.TryGetValue(header, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        var referralId = Get(EsColumns.ReferralId);
        var rowProgramCode = Get(EsColumns.ProgramCode);
        var warnings = new List<string>();

        var nationalIdRaw = Get(EsColumns.NationalId);
        var nationalId = IsraeliId.Normalize(nationalIdRaw);
        var referralDate = FieldParsing.ParseDate(Get(EsColumns.ReferralDate));
        var birthDate = FieldParsing.ParseDate(Get(EsColumns.BirthDate));
        var phones = new[] { EsColumns.Mobile, EsColumns.Phone2 }
            .Select(h => (Header: h, Raw: Get(h), E164: IsraeliPhone.ToE164(Get(h))))
            .ToList();
        foreach (var phone in phones.Where(p => p.Raw is not null && p.E164 is null))
            warnings.Add($"bad_value:{(phone.Header == EsColumns.Mobile ? "mobile" : "phone2")}");
        var email = EmailAddress.Normalize(Get(EsColumns.Email));
        if (Get(EsColumns.Email) is not null && email is null) warnings.Add("bad_value:email");
        var firstName = HebrewText.Clean(Get(EsColumns.FirstName));
        var lastName = HebrewText.Clean(Get(EsColumns.LastName));

        var rejection = RejectionReasons.FirstOf(
            misrouted: rowProgramCode is not null && rowProgramCode != programCode,
            missingField: EsColumns.Required.FirstOrDefault(c => Get(c.Header) is null).Field,
            badNationalId: nationalId is null,
            badBirthDate: birthDate is null || birthDate.Value.Year < 1900 || (referralDate is { } r && birthDate > r),
            noContact: phones.All(p => p.E164 is null) && email is null,
            badValue: BadValue());
        string? BadValue()
        {
            if (!FieldParsing.IsDigits(referralId, 1, 20)) return "referralId";
            if (!FieldParsing.IsDigits(Get(EsColumns.BureauCode), 1, 4)) return "bureauCode";
            if (referralDate is null) return "referralDate";
            if (!NameText.IsPersonName(firstName)) return "firstName";
            if (!NameText.IsPersonName(lastName)) return "lastName";
            return null;
        }

        var person = rejection is not null ? null : new PersonDetails
        {
            NationalId = nationalId,
            FirstName = firstName,
            LastName = lastName,
            BirthDate = birthDate,
            Gender = OptionalGender(),
            Phones = [.. phones.Select(p => p.E164).OfType<string>().Distinct()],
            Email = email,
            City = Get(EsColumns.City),
            MonthsOutOfWork = Optional(EsColumns.MonthsOutOfWork, "monthsOutOfWork", FieldParsing.ParseCount),
            YearsOfExperience = Optional(EsColumns.YearsOfExperience, "yearsOfExperience", FieldParsing.ParseCount),
            DesiredScope = Optional(EsColumns.DesiredScope, "desiredScope", FieldParsing.ParseScope),
            Notes = Get(EsColumns.Notes),
        };

        // A bad optional value is a warning and counts as missing (docs/employment-service.md).
        T? Optional<T>(string header, string field, Func<string?, T?> parse) where T : struct
        {
            var text = Get(header);
            if (text is null) return null;
            var value = parse(text);
            if (value is null) warnings.Add($"bad_value:{field}");
            return value;
        }
        string? OptionalGender()
        {
            var text = Get(EsColumns.Gender);
            var gender = FieldParsing.ParseGender(text);
            if (text is not null && gender is null) warnings.Add("bad_value:gender");
            return gender;
        }

        return new InboundRecord
        {
            Source = Sources.EmploymentService,
            Key = referralId ?? $"{file}:{row}",
            // A row without a referral number can never be a duplicate: its key is its place.
            IdempotencyKey = referralId is not null ? $"{rowProgramCode ?? "?"}:{referralId}" : $"{file}:{row}",
            File = file,
            Row = row,
            RecordDate = referralDate ?? fileDate,
            RecruitmentChannel = RecruitmentChannels.EmploymentService,
            SubSource = Get(EsColumns.BureauCode) is { } bureau ? $"bureau:{bureau}" : null,
            Raw = raw,
            Person = person,
            Rejection = rejection,
            Warnings = warnings,
        };
    }
}
