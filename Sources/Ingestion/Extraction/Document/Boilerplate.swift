/// Outlet boilerplate ("شاركها", "Share this", "Lire aussi", photo
/// credits): lines that start with a phrase of `boilerplate.txt`.
enum Boilerplate {
    /// Keys rather than strings: every line of every article is compared with every phrase.
    static let phrases: [[WordKey]] = LexiconFile.lines("boilerplate.txt").map { line in
        line.split(whereSeparator: { $0 == " " || $0 == "'" || $0 == "’" || $0 == "-" }).map { WordKey(WordAnalysis.fold(String($0))) }
    }

    /// The phrases' first words: most lines start with none of them, and are
    /// then decided by one look-up (with no empty phrase, which any line would match).
    private static let firstWords: WordTable<Bool>? = {
        guard !phrases.contains(where: \.isEmpty) else { return nil }
        var table = WordTable<Bool>()
        for phrase in phrases { table.update(phrase[0], default: true) { _ in } }
        return table
    }()

    /// The first words of a photo credit in brackets (`caption-credits.txt`).
    static let creditWords = FoldedWordSet(LexiconFile.lines("caption-credits.txt").map(WordAnalysis.fold))
    /// The most tokens a closing credit takes: "[PHOTO/REUTERS]", "(Photo: Saudi Press Agency)".
    static let creditReach = 8
    /// The brackets a credit closes with, each with its opener.
    static let creditBrackets: [String: String] = [")": "(", "]": "["]

    /// Whether the line closes on a photo credit in brackets: a caption, however long.
    static func endsWithCredit(_ range: Range<Int>, in document: Document) -> Bool {
        guard let last = range.last, let opener = creditBrackets[document.tokens[last].surface] else { return false }
        let floor = max(range.lowerBound, last - creditReach)
        guard let open = (floor..<last).last(where: { document.tokens[$0].surface == opener }),
              let word = (open + 1..<last).first(where: { document.tokens[$0].kind == .word }) else { return false }
        return creditWords.contains(word, in: document)
    }

    static func matches(_ range: Range<Int>, in document: Document) -> Bool {
        if let firstWords {
            guard let first = range.first(where: { document.tokens[$0].kind == .word }),
                  firstWords.contains(document.foldedKey(first)) else { return false }
        }
        let words = range.filter { document.tokens[$0].kind == .word }.prefix(4).map { document.foldedKey($0) }
        return phrases.contains { phrase in
            phrase.count <= words.count && zip(phrase, words).allSatisfy { $0 == $1 }
        }
    }
}
