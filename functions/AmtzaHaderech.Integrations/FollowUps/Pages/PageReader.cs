using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.FollowUps.Messages;
using AmtzaHaderech.Integrations.Localization;

namespace AmtzaHaderech.Integrations.FollowUps.Pages;

/// Who a personal page speaks to: the texts in their language, addressed to them; the name to
/// greet them by; whom they call (their coordinator by name, else their center); the phones of
/// the footer; and their link to stop the messages.
public sealed record PageReader(Texts Texts, string? FirstName, CallContact Contact, IReadOnlyList<CenterOptions> Phones, string? UnsubscribeUrl)
{
    /// The person's center code (SPOT's, or the hub's record of a lead).
    public string? Center { get; init; }

    /// "שלום דנה," (HTML), or "שלום," when the name cannot be used (Greeting).
    public string Greeting => Messages.Greeting.FirstName(FirstName) is { } name
        ? Texts.Html("page.greeting", ("name", PageHtml.E(name)))
        : Texts.Html("page.greeting.no-name");

    public string Page(string title, string body) => PageHtml.Page(Texts, title, body, Phones, UnsubscribeUrl);
}

/// Whom to call: the person's coordinator, named as the configuration names them (with their
/// gender, so the verb agrees), or their center when the coordinator is not configured.
public sealed record CallContact(string? Coordinator, Addressing CoordinatorGender, string Center, string Phone)
{
    /// A text of three keys: `{key}.coordinator.female`, `{key}.coordinator.male` and `{key}.center`.
    public string Html(Texts texts, string key, params (string Name, string Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(texts);
        (string, string)[] all = [.. values, ("coordinator", PageHtml.E(Coordinator ?? "")), ("center", PageHtml.E(Center)), ("phone", PageHtml.PhoneLink(Phone))];
        return Coordinator is null ? texts.Html(key + ".center", all)
            : texts.Html(key + (CoordinatorGender == Addressing.Male ? ".coordinator.male" : ".coordinator.female"), all);
    }
}
