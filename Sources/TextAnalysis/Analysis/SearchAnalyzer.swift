// Provisional: replaced by the search analyzers.
public enum AnalyzerLanguage: String, CaseIterable, Sendable {
    case arabic = "ar", english = "en", french = "fr"
}

public struct AnalyzedToken: Hashable, Sendable {
    public let term: String
    public let original: String
    public let utf8Range: Range<Int>
}

public struct SearchAnalyzer: Sendable {
    public static let version = 0
    public init() {}
    public func analyze(_ text: String, language: AnalyzerLanguage?) -> [AnalyzedToken] {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map {
            AnalyzedToken(
                term: ArabicNormalizer.normalize($0.lowercased()), original: String($0),
                utf8Range: text.utf8.distance(from: text.startIndex, to: $0.startIndex)
                    ..< text.utf8.distance(from: text.startIndex, to: $0.endIndex))
        }
    }
    public static func removingMarkers(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !(0xE001...0xE003).contains($0.value) }))
    }
}
