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
        // U+E001...U+E003 are EE 80 81...83 in UTF-8, and a three-byte
        // sequence starting EE 80 is always a whole scalar: the bytes are
        // filtered instead of the scalars, which rebuilt each snippet a
        // scalar at a time (20,000 instructions a row of a search).
        func isMarker(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
            bytes[i] == 0xEE && i + 2 < bytes.count && bytes[i + 1] == 0x80 && (0x81...0x83).contains(bytes[i + 2])
        }
        var utf8 = text
        let cleaned: String? = utf8.withUTF8 { bytes in
            guard let first = bytes.indices.first(where: { isMarker(bytes, at: $0) }) else { return nil }
            var kept = Array(bytes[..<first])
            kept.reserveCapacity(bytes.count)
            var i = first
            while i < bytes.count {
                if isMarker(bytes, at: i) {
                    i += 3
                } else {
                    kept.append(bytes[i])
                    i += 1
                }
            }
            return String(decoding: kept, as: UTF8.self)
        }
        return cleaned ?? text
    }
}
