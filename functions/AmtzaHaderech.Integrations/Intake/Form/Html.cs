using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace AmtzaHaderech.Integrations.Intake.Form;

/// Every value that came from outside goes through Encode before it reaches a page. Hebrew is
/// left readable; markup characters and quotes become entities.
internal static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? text) => string.IsNullOrEmpty(text) ? "" : Encoder.Encode(text);

    /// A phone number a phone can dial from the page, kept left to right inside Hebrew text.
    public static string PhoneLink(string phone) =>
        $"<a href=\"tel:{Encode(phone.Replace("-", ""))}\" dir=\"ltr\">{Encode(phone)}</a>";

    /// ` name="value"`, or nothing when the value is null.
    public static string Attr(string name, string? value) => value is null ? "" : $" {name}=\"{Encode(value)}\"";
}
