/// What `LanguageDetector.identify(_:)` makes of a text.
public enum LanguageGuess: Equatable, Sendable {
    /// A language Entente reads: "ar", "en" or "fr".
    case readable(String)
    /// Another language, named for a reader: "German", "Chinese", or a
    /// script ("Russian or another Cyrillic-script language").
    case unreadable(String)
}
