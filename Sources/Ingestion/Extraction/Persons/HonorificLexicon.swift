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

    static let shared = HonorificLexicon()

    private init() {
        var byFirst: [String: [Entry]] = [:]
        for line in LexiconFile.lines("honorifics.txt") {
            var phrase = Substring(line)
            let caseSensitive = phrase.hasPrefix("=")
            if caseSensitive { phrase = phrase.dropFirst() }
            let words = Tokenizer.tokens(Array(phrase.unicodeScalars)).map { caseSensitive ? $0.surface : WordAnalysis.fold($0.surface) }
            guard let first = words.first else { continue }
            byFirst[first, default: []].append(Entry(words: words, caseSensitive: caseSensitive))
        }
        // Longest first, so that "صاحب السمو الملكي" wins over "صاحب السمو".
        self.byFirst = byFirst.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }

    /// The number of tokens of the longest honorific that starts at `index`
    /// and ends before `limit`; 0 when none does. An Arabic honorific may carry
    /// the conjunction و ("وصاحب السمو").
    func length(at index: Int, limit: Int, in document: Document) -> Int {
        guard index >= 0, index < limit, index < document.tokens.count else { return 0 }
        let folded = document.folded(index)
        var candidates = byFirst[folded] ?? []
        candidates += byFirst[document.tokens[index].surface]?.filter(\.caseSensitive) ?? []
        var withoutAnd: String? = nil
        if document.language == .arabic, folded.hasPrefix("و"), folded.count > 3 {
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
