using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;

namespace AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

/// A Facebook lead as the channel hands it to the pipeline: a name, one phone, a city.
public static class Leads
{
    public static InboundRecord Facebook(string key, string firstName, string lastName, string phone, DateOnly day) => new()
    {
        Source = Sources.Facebook,
        Key = key,
        IdempotencyKey = "facebook:" + key,
        File = "webhook",
        Row = 1,
        RecordDate = day,
        RecruitmentChannel = RecruitmentChannels.SocialMedia,
        Raw = new Dictionary<string, string?>(),
        Person = new PersonDetails { FirstName = firstName, LastName = lastName, Phones = [phone], City = "כפר סבא" },
    };
}
