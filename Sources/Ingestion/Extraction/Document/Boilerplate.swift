/// Outlet boilerplate ("شاركها", "Share this", "Lire aussi", photo
/// credits): lines that start with a phrase of `boilerplate.txt`.
enum Boilerplate {
    /// Keys rather than strings: every line of every article is compared with every phrase.
    static let phrases: [[WordKey]] = LexiconFile.lines("boilerplate.txt").map { line in
        line.split(whereSeparator: { $0 == " " || $0 == "'" || $0 == "’" || $0 == "-" }).map { WordKey(WordAnalysis.fold(String($0))) }
    }

    static func matches(_ range: Range<Int>, in document: Document) -> Bool {
        let words = range.filter { document.tokens[$0].kind == .word }.prefix(4).map { document.foldedKey($0) }
        return phrases.contains { phrase in
            phrase.count <= words.count && zip(phrase, words).allSatisfy { $0 == $1 }
        }
    }
}
