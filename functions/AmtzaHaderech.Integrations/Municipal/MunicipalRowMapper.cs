using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Tabular;
using F = AmtzaHaderech.Integrations.Municipal.CanonicalFields;

namespace AmtzaHaderech.Integrations.Municipal;

/// One list row -> an InboundRecord through the profile: names split and cleaned, contacts
/// normalized (docs/matching.md), dates in the profile's formats, consent by its consent values.
/// A row needs a name and a way to reach the person; a bad optional value is a warning and
/// counts as missing.
internal sealed class MunicipalRowMapper(MunicipalProfile profile, IdentityKeys identityKeys)
{
    public InboundRecord Map(IReadOnlyDictionary<string, ListCell> cells, string file, int row, DateOnly fileDate)
    {
        var warnings = new List<string>();
        var values = new SheetRowValues(profile, cells);

        var signedUpOn = values.Date(F.SignedUpOn, warnings);
        var recordDate = signedUpOn ?? fileDate;
        var (firstName, lastName) = values.Name();
        var phones = values.Phones(warnings);
        var email = values.Email(warnings);
        var consent = values.IsYes(F.Consent);

        var rejection = RejectionReasons.FirstOf(
            missingField: firstName.Length == 0 ? F.FirstName : null,
            noContact: phones.Count == 0 && email is null,
            badValue: !NameText.IsPersonName(firstName) ? F.FirstName
                : lastName.Length > 0 && !NameText.IsPersonName(lastName) ? F.LastName
                : null);

        var person = rejection is not null ? null : new PersonDetails
        {
            FirstName = firstName,
            LastName = lastName,
            BirthDate = values.BirthDate(recordDate, warnings),
            BirthYear = values.Number(F.BirthYear, year => year >= 1900 && year <= recordDate.Year, warnings),
            Age = values.Number(F.Age, age => age is >= 0 and <= 120, warnings),
            Phones = phones,
            Email = email,
            City = values.Text(F.City),
            Notes = values.Text(F.Notes),
            SmsConsent = consent,
            EmailConsent = consent,
        };

        var municipality = profile.Municipality.Id;
        var contact = phones.FirstOrDefault() ?? email;
        return new InboundRecord
        {
            Source = Sources.Municipal,
            Key = row.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // The same person on next month's list is the same key; a table key holds no phone.
            IdempotencyKey = contact is null ? $"{file}:{row}" : $"{municipality}:{identityKeys.Opaque($"{municipality}|{contact}")}",
            File = file,
            Row = row,
            RecordDate = recordDate,
            RecruitmentChannel = RecruitmentChannels.Municipal,
            SubSource = municipality,
            Raw = values.Raw(),
            Person = person,
            Rejection = rejection,
            Warnings = warnings,
            Consented = consent,
            AreaVouched = true,
            CenterHint = profile.Center,
        };
    }
}
