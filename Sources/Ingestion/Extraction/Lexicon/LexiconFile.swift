import Foundation

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
        var result: [String] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: true) {
            var line = Substring(raw)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { result.append(trimmed) }
        }
        return result
    }

    /// Splits a line into its first white-space-separated field and the rest.
    static func head(_ line: String) -> (String, String) {
        guard let space = line.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return (line, "") }
        return (String(line[..<space]), line[space...].trimmingCharacters(in: .whitespaces))
    }

    /// The `|`-separated alternatives of a field, trimmed.
    static func alternatives(_ field: String) -> [String] {
        field.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
