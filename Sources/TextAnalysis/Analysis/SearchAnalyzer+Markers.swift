extension SearchAnalyzer {
    /// The character that, placed first in an indexed text, tells the
    /// tokenizer which language the text's article is written in.
    ///
    /// The characters are private-use scalars U+E001 (Arabic), U+E002
    /// (English) and U+E003 (French); the tokenizer consumes them.
    public static func marker(for language: AnalyzerLanguage) -> Character {
        Character(language.markerScalar)
    }

    /// `text` without any language marker (snippets of indexed text may
    /// contain one).
    public static func removingMarkers(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { AnalyzerLanguage(markerValue: $0.value) != nil }) else {
            return text
        }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where AnalyzerLanguage(markerValue: scalar.value) == nil {
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
