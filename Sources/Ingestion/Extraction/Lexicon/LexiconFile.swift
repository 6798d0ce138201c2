/// Reads the analyst-editable lexicons embedded from `Sources/Ingestion/Lexicons/`.
///
/// The format is deliberately plain: one entry a line, `#` starts a comment,
/// blank lines are ignored, fields are separated by white space or `|`.
enum LexiconFile {
    /// The entry lines of `name`, comments and blank lines dropped.
    /// A missing file is a build mistake, so it stops the program loudly.
    static func lines(_ name: String) -> [String] {
        guard let text = EmbeddedFiles.files[name] else {
            preconditionFailure("lexicon \(name) is not embedded; run `swift package clean` and rebuild")
        }
        // Bytes, not Characters: the files are mostly Arabic, and the markers
        // (newline, #, space, tab) are ASCII.
        var result: [String] = []
        let bytes = Array(text.utf8)
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
            var end = index
            if let hash = bytes[start..<end].firstIndex(of: 0x23) { end = hash }
            var first = start
            while first < end, bytes[first] == 0x20 || bytes[first] == 0x09 || bytes[first] == 0x0D { first += 1 }
            while end > first, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0D { end -= 1 }
            if end > first { result.append(String(decoding: bytes[first..<end], as: UTF8.self)) }
            start = index + 1
        }
        return result
    }

    /// Splits a line into its first white-space-separated field and the rest.
    /// (On UTF-8 bytes, like `lines`: Character-wise splitting breaks graphemes,
    /// and showed in the start-up profile of every lexicon.)
    static func head(_ line: String) -> (String, String) {
        let bytes = Array(line.utf8)
        guard let space = bytes.firstIndex(where: { $0 == 0x20 || $0 == 0x09 }) else { return (line, "") }
        let (from, to) = trimmed(bytes, space, bytes.count)
        return (String(decoding: bytes[..<space], as: UTF8.self), String(decoding: bytes[from..<to], as: UTF8.self))
    }

    /// The `|`-separated alternatives of a field, trimmed.
    static func alternatives(_ field: String) -> [String] {
        let bytes = Array(field.utf8)
        var result: [String] = []
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x7C {
            let (from, to) = trimmed(bytes, start, index)
            if to > from { result.append(String(decoding: bytes[from..<to], as: UTF8.self)) }
            start = index + 1
        }
        return result
    }

    /// The bounds of `bytes[from..<to]` without spaces and tabs at either end
    /// (in plain Swift: Foundation's trimming goes through NSString).
    private static func trimmed(_ bytes: [UInt8], _ from: Int, _ to: Int) -> (Int, Int) {
        var a = from, b = to
        while a < b, bytes[a] == 0x20 || bytes[a] == 0x09 { a += 1 }
        while b > a, bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09 { b -= 1 }
        return (a, b)
    }
}
