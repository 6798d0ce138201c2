import TextAnalysis

/// Forms of address that stand before a name and are no part of it
/// (`honorifics.txt`): "His Excellency Dr.", "M.", "صاحب السمو الملكي".
///
/// Asked only at the few places where a name may begin or end, so it keeps
/// its own small index by first word instead of a lane of `FirstWordIndex`.
struct HonorificLexicon: Sendable {
    /// One honorific: its tokens, folded, or as written when case matters ("HE").
    private struct Entry: Sendable {
        var words: [String]
        var caseSensitive: Bool
    }

    private let byFirst: [String: [Entry]]
    /// Every folded first word, and each Arabic one behind و: most tokens are asked here, and
    /// answered through the word's key without hashing its string.
    private let firstWords: FoldedWordSet
    /// The first words of the entries compared as written ("HE", "HH").
    private let writtenFirsts: Set<String>
    /// The words after the first of every entry ("السمو", "الملكي", "majesty").
    private let innerWords: FoldedWordSet

    static let shared = HonorificLexicon()

    private init() {
        var byFirst: [String: [Entry]] = [:]
        var firsts: [String] = []
        var written: Set<String> = []
        var inner: [String] = []
        for line in LexiconFile.lines("honorifics.txt") {
            var phrase = Substring(line)
            let caseSensitive = phrase.hasPrefix("=")
            if caseSensitive { phrase = phrase.dropFirst() }
            let words = Tokenizer.tokens(Array(phrase.unicodeScalars)).map { caseSensitive ? $0.surface : WordAnalysis.fold($0.surface) }
            guard let first = words.first else { continue }
            byFirst[first, default: []].append(Entry(words: words, caseSensitive: caseSensitive))
            if caseSensitive { written.insert(first) } else { firsts += [first, "و" + first] }
            inner += words.dropFirst()
        }
        // Longest first, so that "صاحب السمو الملكي" wins over "صاحب السمو".
        self.byFirst = byFirst.mapValues { $0.sorted { $0.words.count > $1.words.count } }
        firstWords = FoldedWordSet(firsts)
        writtenFirsts = written
        innerWords = FoldedWordSet(inner)
    }

    /// Whether the word at `index` may stand inside an honorific begun before it
    /// ("الملكي" of "صاحب السمو الملكي"): a cheap test before looking back.
    func mayContinue(_ index: Int, in document: Document) -> Bool { innerWords.contains(index, in: document) }

    /// The number of tokens of the longest honorific that starts at `index`
    /// and ends before `limit`; 0 when none does. An Arabic honorific may carry
    /// the conjunction و ("وصاحب السمو").
    func length(at index: Int, limit: Int, in document: Document) -> Int {
        guard index >= 0, index < limit, index < document.tokens.count else { return 0 }
        guard firstWords.contains(index, in: document) || writtenFirst(document.tokens[index].surface) else { return 0 }
        let folded = document.folded(index)
        var candidates = byFirst[folded] ?? []
        candidates += byFirst[document.tokens[index].surface]?.filter(\.caseSensitive) ?? []
        var withoutAnd: String? = nil
        if document.language == .arabic, folded.arabicStarts(with: "و"), folded.count > 3 {
            withoutAnd = String(folded.dropFirst())
            candidates += byFirst[withoutAnd!] ?? []
        }
        var best = 0
        for entry in candidates where entry.words.count > best && index + entry.words.count <= limit {
            let fits = entry.words.indices.allSatisfy { k in
                let i = index + k
                if entry.caseSensitive { return document.tokens[i].surface == entry.words[k] }
                if k == 0, let withoutAnd, entry.words[0] == withoutAnd { return true }
                return document.folded(i) == entry.words[k]
            }
            if fits { best = entry.words.count }
        }
        return best
    }

    /// Whether `surface` is one of the short capitalised honorifics compared as written ("HE").
    private func writtenFirst(_ surface: String) -> Bool {
        let utf8 = surface.utf8
        guard utf8.count <= 3, let first = utf8.first, first >= 0x41, first <= 0x5A else { return false }
        return writtenFirsts.contains(surface)
    }

    /// The end of the run of honorifics starting at `index` ("His Excellency Dr."):
    /// `index` itself when none starts there.
    func skip(from index: Int, limit: Int, in document: Document) -> Int {
        var i = index
        while true {
            let n = length(at: i, limit: limit, in: document)
            guard n > 0 else { return i }
            i += n
        }
    }
}
