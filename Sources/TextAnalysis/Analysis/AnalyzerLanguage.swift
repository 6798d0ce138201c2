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

    /// `text` without language markers (snippets of indexed text may hold
    /// one). It works on the UTF-8 bytes, looking for the markers' own
    /// encodings: a snippet rebuilt a scalar at a time cost a fifth of a
    /// rare word's search.
    public static func removingMarkers(_ text: String) -> String {
        var utf8 = text
        let cleaned: String? = utf8.withUTF8 { bytes in
            var kept: [UInt8] = []
            var i = 0
            var copied = 0
            while i < bytes.count {
                guard markerLeads[Int(bytes[i])],
                      let marker = markersUTF8.first(where: { bytes[i...].starts(with: $0) })
                else {
                    i += 1
                    continue
                }
                kept.append(contentsOf: bytes[copied..<i])
                i += marker.count
                copied = i
            }
            guard copied > 0 else { return nil }
            kept.append(contentsOf: bytes[copied...])
            return String(decoding: kept, as: UTF8.self)
        }
        return cleaned ?? text
    }

    /// Each marker's UTF-8 bytes.
    private static let markersUTF8 = allCases.map { Array(String($0.marker).utf8) }

    /// Whether a byte begins one of `markersUTF8`, by byte value.
    private static let markerLeads: [Bool] = (0...255).map { byte in markersUTF8.contains { $0[0] == byte } }
}
