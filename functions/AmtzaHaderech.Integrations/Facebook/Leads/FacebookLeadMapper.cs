using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Facebook.Leads;

/// A lead -> an InboundRecord: answers through the form's field map (standard names by default),
/// consent from the form's checkbox only, validation in docs/cli.md's reason order, the date of the
/// lead in Israel time. The key is the leadgen id, whichever way the lead came.
public sealed class FacebookLeadMapper(IOptionsMonitor<FacebookOptions> options)
{
    public static string IdempotencyKey(string leadgenId) => "facebook:" + leadgenId;

    public InboundRecord ToRecord(FacebookLeadData lead, string file, int row, DateOnly arrivalDate)
    {
        var form = lead.FormId is null ? null : options.CurrentValue.Forms.GetValueOrDefault(lead.FormId);
        var values = Canonical(lead, form);
        string? Get(string field) => values.GetValueOrDefault(field);
        var warnings = new List<string>();

        var (firstName, lastName) = Names(Get(FacebookFields.FirstName), Get(FacebookFields.LastName), Get(FacebookFields.FullName));
        var phoneRaw = Get(FacebookFields.Phone);
        var phone = IsraeliPhone.ToE164(StripPrefix(phoneRaw, "p:"));
        if (phoneRaw is not null && phone is null) warnings.Add("bad_value:phone");
        var email = EmailAddress.Normalize(Get(FacebookFields.Email));
        if (Get(FacebookFields.Email) is not null && email is null) warnings.Add("bad_value:email");

        T? Optional<T>(string field, Func<string?, T?> parse) where T : struct
        {
            var text = Get(field);
            if (text is null) return null;
            var value = parse(text);
            if (value is null) warnings.Add($"bad_value:{field}");
            return value;
        }
        var recordDate = lead.CreatedTime is { } created ? IsraelTime.DateOf(created) : arrivalDate;
        var dateFormats = form?.DateFormats is { Count: > 0 } formats ? formats : FacebookFields.DefaultDateFormats;
        var birthDate = Optional<DateOnly>(FacebookFields.BirthDate, t => FieldParsing.ParseDate(t, dateFormats) is { } d && d.Year >= 1900 && d <= recordDate ? d : null);

        var rejection = RejectionReasons.FirstOf(
            missingField: lead.LeadgenId is null ? "id" : firstName.Length == 0 ? FacebookFields.FirstName : null,
            noContact: phone is null && email is null,
            badValue: !NameText.IsPersonName(firstName) ? FacebookFields.FirstName
                : lastName.Length > 0 && !NameText.IsPersonName(lastName) ? FacebookFields.LastName
                : null);

        // Submitting the form asks to be contacted, unless the form has a consent box left unticked.
        var consent = form?.ConsentCheckbox is not { Length: > 0 } box || lead.Checkboxes.GetValueOrDefault(box);
        var person = rejection is not null ? null : new PersonDetails
        {
            FirstName = firstName,
            LastName = lastName,
            BirthDate = birthDate,
            Age = Optional(FacebookFields.Age, FieldParsing.ParseCount),
            Phones = phone is null ? [] : [phone],
            Email = email,
            City = Get(FacebookFields.City),
            YearsOfExperience = Optional(FacebookFields.YearsOfExperience, FieldParsing.ParseCount),
            MonthsOutOfWork = Optional(FacebookFields.MonthsOutOfWork, FieldParsing.ParseCount),
            DesiredScope = Optional(FacebookFields.DesiredScope, FieldParsing.ParseScope),
            SmsConsent = consent,
            EmailConsent = consent,
        };

        return new InboundRecord
        {
            Source = Sources.Facebook,
            Key = lead.LeadgenId ?? $"{file}:{row}",
            // A lead without an id can never be a duplicate: its key is its place.
            IdempotencyKey = lead.LeadgenId is { } id ? IdempotencyKey(id) : $"{file}:{row}",
            File = file,
            Row = row,
            RecordDate = recordDate,
            RecruitmentChannel = RecruitmentChannels.SocialMedia,
            SubSource = lead.FormId is { } formId ? $"facebook:{formId}" : "facebook",
            Raw = lead.Raw,
            Person = person,
            Rejection = rejection,
            Consented = consent,
            Warnings = warnings,
            CenterHint = form is { Center: var center } && center != FacebookFormOptions.FromCity ? center : null,
        };
    }

    /// Canonical field -> the first non-empty answer mapped to it; the form's map over the standard names.
    private static Dictionary<string, string> Canonical(FacebookLeadData lead, FacebookFormOptions? form)
    {
        var map = new Dictionary<string, string>(FacebookFields.Standard, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, field) in form?.FieldMap ?? []) map[name] = field;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in lead.Answers)
            if (map.TryGetValue(name.Trim(), out var field) && !string.IsNullOrWhiteSpace(value))
                values.TryAdd(field, value.Trim());
        return values;
    }

    /// First and last name fields win; a full name's last word is the last name, one word is a first name.
    private static (string First, string Last) Names(string? first, string? last, string? full)
    {
        if (first is not null || last is not null) return (HebrewText.Clean(first), HebrewText.Clean(last));
        var words = HebrewText.Clean(full).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length switch
        {
            0 => ("", ""),
            1 => (words[0], ""),
            _ => (string.Join(' ', words[..^1]), words[^1]),
        };
    }

    private static string? StripPrefix(string? value, string prefix) =>
        value is not null && value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? value[prefix.Length..] : value;
}
