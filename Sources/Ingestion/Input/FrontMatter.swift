import Model

/// The optional block at the top of a `.txt` or `.md` article:
///
///     ---
///     title: …
///     source: …
///     url: …
///     published: 2026-01-05
///     language: ar
///     ---
///
/// Keys are ``ArticleField``'s, with their aliases. Unknown keys are ignored (an outlet's export may carry more); a known
/// key with a bad value is an error, since silently dropping a date would
/// lose data.
public enum FrontMatter {
    /// The metadata and the body after the block; text without a block is all body.
    public static func split(_ text: String) throws -> (ArticleMetadata, String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingCharacters(in: " \t") == "---" else {
            return (ArticleMetadata(), text)
        }
        guard let close = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: " \t") == "---" }) else {
            throw IngestionError.badFrontMatter(line: 1, reason: "the block opened by --- is never closed")
        }
        var metadata = ArticleMetadata()
        for index in 1..<close {
            let line = String(lines[index])
            guard line.contains(where: { !$0.isWhitespace }) else { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw IngestionError.badFrontMatter(line: index + 1, reason: "expected key: value")
            }
            let key = line[..<colon].trimmingCharacters(in: " \t")
            var value = String(line[line.index(after: colon)...]).trimmingWhitespace
            if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                value = String(value.dropFirst().dropLast())
            }
            if value.isEmpty { continue }
            guard let field = ArticleField(key: key) else { continue }
            do {
                try field.set(value, in: &metadata)
            } catch let error as IngestionError {
                throw IngestionError.badFrontMatter(line: index + 1, reason: error.errorDescription ?? "\(error)")
            }
        }
        lines.removeFirst(close + 1)
        return (metadata, lines.joined(separator: "\n"))
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        var s = self
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
