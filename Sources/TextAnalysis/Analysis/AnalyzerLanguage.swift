/// The language whose rules analyse Latin-script words of a document.
///
/// Arabic-script words always go through the Arabic rules; this value only
/// chooses between the English and the French rules for Latin-script words,
/// and travels to the full-text tokenizer as a marker at the start of each
/// indexed text (``marker``).
public enum AnalyzerLanguage: String, CaseIterable, Sendable {
    case arabic = "ar"
    case english = "en"
    case french = "fr"
}

extension AnalyzerLanguage {
    /// The private-use scalar that announces this language at the start of
    /// an indexed text: U+E001 Arabic, U+E002 English, U+E003 French. The
    /// archive's schema writes the same (`char(57345)`…, Migrations/0001),
    /// which `SearchAnalysisTests` checks.
    public var marker: Unicode.Scalar {
        switch self {
        case .arabic: "\u{E001}"
        case .english: "\u{E002}"
        case .french: "\u{E003}"
        }
    }

    /// The language a marker scalar announces, if it is one.
    init?(marker value: UInt32) {
        guard let language = Self.allCases.first(where: { $0.marker.value == value }) else { return nil }
        self = language
    }

    /// `text` without language markers (snippets of indexed text may hold one).
    public static func removingMarkers(_ text: String) -> String {
        func isMarker(_ scalar: Unicode.Scalar) -> Bool { AnalyzerLanguage(marker: scalar.value) != nil }
        guard text.unicodeScalars.contains(where: isMarker) else { return text }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.lazy.filter { !isMarker($0) })
        return String(kept)
    }
}
