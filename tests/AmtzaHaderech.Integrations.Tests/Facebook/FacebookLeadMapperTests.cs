using System.Text.Json;
using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.Facebook;
using AmtzaHaderech.Integrations.Facebook.Leads;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Tests.Referrals.Screening;

namespace AmtzaHaderech.Integrations.Tests.Facebook;

public sealed class FacebookLeadMapperTests
{
    private const string FormId = "98765432101234567";
    private static readonly DateOnly Arrival = new(2026, 11, 26);
    private readonly FacebookLeadMapper _mapper = new(new FixedOptionsMonitor<FacebookOptions>(ShippedDefaults.Facebook()));

    [Fact]
    public void ShippedDefaults_SampleForm_IsTheSamplesMapping()
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "facebook", "forms.json")))![FormId]!;
        var shipped = ShippedDefaults.Facebook().Forms[FormId];

        Assert.Equal(sample["center"]!.GetValue<string>(), shipped.Center);
        Assert.Equal(sample["consentCheckbox"]!.GetValue<string>(), shipped.ConsentCheckbox);
        Assert.Equal(sample["fieldMap"]!.AsObject().Select(kv => (kv.Key, kv.Value!.GetValue<string>())).Order(), shipped.FieldMap.Select(kv => (kv.Key, kv.Value)).Order());
    }

    [Fact]
    public void ToRecord_SampleLead_MapsEveryField()
    {
        var record = _mapper.ToRecord(SampleLead("120211000000000002"), "facebook/leads/120211000000000002.json", 1, Arrival);

        Assert.Null(record.Rejection);
        Assert.Equal((Sources.Facebook, "120211000000000002", "facebook:120211000000000002"), (record.Source, record.Key, record.IdempotencyKey));
        Assert.Equal((RecruitmentChannels.SocialMedia, "facebook:" + FormId), (record.RecruitmentChannel, record.SubSource));
        var person = record.Person!;
        Assert.Equal(("Sergey", "Volkov", "+972502345678", "sergey.v@example.org", "Holon"), (person.FirstName, person.LastName, person.Phones.Single(), person.Email, person.City));
        Assert.Equal(30, person.YearsOfExperience); // the form's Hebrew custom question
        Assert.True(record.Consented && person.SmsConsent && person.EmailConsent);
        Assert.Null(record.CenterHint); // fromCity
        Assert.Equal("Sergey Volkov", record.Raw["full_name"]);
        Assert.Equal("1", record.Raw["checkbox:contact_consent"]);
    }

    [Fact]
    public void ToRecord_CreatedLateInTheUtcDay_IsDatedInIsraelTime()
    {
        var lead = SampleLead("120211000000000001", l => l["created_time"] = "2026-11-20T22:30:00+0000");

        Assert.Equal(new DateOnly(2026, 11, 21), _mapper.ToRecord(lead, "f", 1, Arrival).RecordDate);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("")]
    [InlineData(null)]
    public void ToRecord_ConsentBoxUnticked_IsNotConsented(string? isChecked)
    {
        var lead = SampleLead("120211000000000001", l =>
            l["custom_disclaimer_responses"] = isChecked is null ? new JsonArray() : new JsonArray(new JsonObject { ["checkbox_key"] = "contact_consent", ["is_checked"] = isChecked }));

        var record = _mapper.ToRecord(lead, "f", 1, Arrival);

        Assert.Null(record.Rejection);
        Assert.False(record.Consented || record.Person!.SmsConsent || record.Person.EmailConsent);
    }

    [Fact]
    public void ToRecord_FormWithoutMapping_ImportsStandardFieldsAndConsents()
    {
        var lead = SampleLead("120211000000000002", l =>
        {
            l["form_id"] = "11111";
            l["custom_disclaimer_responses"] = new JsonArray();
            l["field_data"]!.AsArray().Add(new JsonObject { ["name"] = "date_of_birth", ["values"] = new JsonArray("03/14/1968") });
        });

        var record = _mapper.ToRecord(lead, "f", 1, Arrival);

        Assert.True(record.Consented);
        Assert.Equal(new DateOnly(1968, 3, 14), record.Person!.BirthDate);
        Assert.Null(record.Person.YearsOfExperience); // a custom question without a mapping stays raw
        Assert.Equal("30", record.Raw["מה_שנות_הניסיון_שלך?"]);
    }

    [Theory]
    [InlineData("full_name", "", "missing_field:firstName")]
    [InlineData("phone_number", "12", "no_contact")]
    [InlineData("full_name", "12345 6789", "bad_value:firstName")]
    [InlineData("full_name", "=HYPERLINK(\"http://evil.example/x\",\"לחצו\") כהן", "bad_value:firstName")]
    [InlineData("full_name", "אבי +cmd|calc", "bad_value:lastName")]
    [InlineData("full_name", "חשבונך נחסם. לאימות היכנסו ל evil.example", "bad_value:firstName")]
    public void ToRecord_InvalidLead_IsRejectedWithTheFirstReason(string field, string value, string reason)
    {
        var lead = SampleLead("120211000000000003", l =>
        {
            foreach (var f in l["field_data"]!.AsArray())
                if (f!["name"]!.GetValue<string>() is var name && (name == field || (reason == "no_contact" && name == "email")))
                    f["values"] = new JsonArray(value);
        });

        var record = _mapper.ToRecord(lead, "f", 1, Arrival);

        Assert.Equal(reason, record.Rejection);
        Assert.Null(record.Person);
    }

    [Fact]
    public void ToRecord_LocalPhoneAndBadEmail_NormalizesAndWarns()
    {
        var lead = SampleLead("120211000000000003", l =>
        {
            foreach (var f in l["field_data"]!.AsArray())
                if (f!["name"]!.GetValue<string>() == "email") f["values"] = new JsonArray("not-an-address");
        });

        var record = _mapper.ToRecord(lead, "f", 1, Arrival);

        Assert.Equal(["+972501234567"], record.Person!.Phones);
        Assert.Null(record.Person.Email);
        Assert.Contains("bad_value:email", record.Warnings);
    }

    private static FacebookLeadData SampleLead(string id, Action<JsonObject>? change = null)
    {
        var lead = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "facebook", $"lead-{id}.json")))!.AsObject();
        change?.Invoke(lead);
        using var document = JsonDocument.Parse(lead.ToJsonString());
        return FacebookLeadData.FromGraph(document.RootElement);
    }
}
