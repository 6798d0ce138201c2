import Model

/// The organisations a summit or a ministers' meeting is named for by an
/// adjective ("the Arab summit", "القمة العربية الأفريقية", "les ministres
/// africains"): an organisation's meeting whose name the text never writes.
enum GatheringBodies {
    /// `gathering-bodies.txt`: the meeting words, and each adjective's organisation.
    static let lexicon: (gatherings: FoldedWordSet, bodies: [String: PartyCode]) = {
        var gatherings: [String] = []
        var bodies: [String: PartyCode] = [:]
        for line in LexiconFile.lines("gathering-bodies.txt") {
            let (code, words) = LexiconFile.head(line)
            let folded = LexiconFile.alternatives(words).map(WordAnalysis.fold)
            if code == "@gathering" { gatherings += folded; continue }
            for word in folded { bodies[word] = PartyCode(code) }
        }
        return (FoldedWordSet(gatherings), bodies)
    }()

    /// How far from a meeting word its adjective may stand ("Arab foreign ministers", "وزراء الخارجية العرب").
    static let reach = 3

    /// The organisations named by adjective beside a meeting word in `range`, with their positions.
    static func find(in range: Range<Int>, of document: Document) -> [(position: Int, code: PartyCode)] {
        var found: [(position: Int, code: PartyCode)] = []
        for index in range where isGathering(index, document) {
            for side in [-1, 1] {
                var k = index + side
                while range.contains(k), abs(k - index) <= reach, document.tokens[k].kind == .word || isHyphen(k, document) {
                    if let code = body(at: k, document) { found.append((k, code)) }
                    k += side
                }
            }
        }
        return found
    }

    /// A meeting word, in Arabic behind its prepositions too ("للقمة العربية", "بالقمة").
    static func isGathering(_ index: Int, _ document: Document) -> Bool {
        if lexicon.gatherings.contains(index, in: document) { return true }
        guard document.language == .arabic, let analysis = document.analyses[index] else { return false }
        return analysis.stemKeys.contains(where: lexicon.gatherings.contains)
    }

    /// The organisation the adjective at `index` names; an Arabic one may carry the
    /// conjunction ("العربية والأفريقية").
    static func body(at index: Int, _ document: Document) -> PartyCode? {
        let folded = document.folded(index)
        if let code = lexicon.bodies[folded] { return code }
        guard document.language == .arabic, folded.arabicStarts(with: "و") else { return nil }
        return lexicon.bodies[String(folded.dropFirst())]
    }

    static func isHyphen(_ index: Int, _ document: Document) -> Bool {
        ["-", "–"].contains(document.tokens[index].surface)
    }
}
