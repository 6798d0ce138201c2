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
    static func head(_ line: String) -> (String, String) {
        guard let space = line.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return (line, "") }
        return (String(line[..<space]), String(trim(line[space...])))
    }

    /// The `|`-separated alternatives of a field, trimmed.
    static func alternatives(_ field: String) -> [String] {
        field.split(separator: "|").map { String(trim($0)) }.filter { !$0.isEmpty }
    }

    /// Spaces and tabs off both ends, in plain Swift: Foundation's trimming
    /// goes through NSString and showed in the start-up profile.
    static func trim(_ text: Substring) -> Substring {
        var s = text
        while let f = s.unicodeScalars.first, f == " " || f == "\t" { s = Substring(s.unicodeScalars.dropFirst()) }
        while let l = s.unicodeScalars.last, l == " " || l == "\t" { s = Substring(s.unicodeScalars.dropLast()) }
        return s
    }
}
