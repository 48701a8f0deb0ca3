namespace AmtzaHaderech.Integrations.Common;

/// The bytes are not text in the encoding being read: a byte sequence it does not define, or a
/// character TextRules forbids. The message names the character's code and position only, never
/// the text around it (it may be personal data).
internal sealed class TextEncodingException(string message, Exception? inner = null) : Exception(message, inner);
