namespace AmtzaHaderech.Integrations.IntegrationTests.Localization;

/// The name that went out in messages instead of the program's (a different program's name:
/// "the way out" rather than "midway"), written with escapes so that a search of the repository
/// for it finds no text that uses it.
internal static class WrongName
{
    public const string Text = "\u05de\u05d5\u05e6\u05d0 \u05d4\u05d3\u05e8\u05da";
}
