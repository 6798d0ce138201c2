/// The language whose rules analyse Latin-script words of a document.
///
/// Arabic-script words always go through the Arabic rules; this value only
/// chooses between the English and the French rules for Latin-script words,
/// and travels to the full-text tokenizer as a one-character marker at the
/// start of each indexed text (see ``SearchAnalyzer/marker(for:)``).
public enum AnalyzerLanguage: String, CaseIterable, Sendable {
    case arabic = "ar"
    case english = "en"
    case french = "fr"
}

extension AnalyzerLanguage {
    /// The private-use scalar that announces this language in indexed text.
    var markerScalar: Unicode.Scalar {
        switch self {
        case .arabic: "\u{E001}"
        case .english: "\u{E002}"
        case .french: "\u{E003}"
        }
    }

    /// The language announced by a marker scalar value, if it is one.
    init?(markerValue value: UInt32) {
        switch value {
        case 0xE001: self = .arabic
        case 0xE002: self = .english
        case 0xE003: self = .french
        default: return nil
        }
    }
}

extension AnalyzerLanguage {
    /// The marker character of `language`; the same as
    /// ``SearchAnalyzer/marker(for:)``.
    public static func marker(for language: AnalyzerLanguage) -> Character {
        SearchAnalyzer.marker(for: language)
    }

    /// `text` without language markers; the same as
    /// ``SearchAnalyzer/removingMarkers(_:)``.
    public static func removingMarkers(_ text: String) -> String {
        SearchAnalyzer.removingMarkers(text)
    }
}
