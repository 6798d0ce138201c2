import Model

/// Gives a clause its topics from the keywords of `topics-xx.txt`. Longer
/// phrases are matched first, so "الأمن السيبراني" counts as cyber only.
struct TopicClassifier: LanguageLexicon {
    struct Keyword: Sendable {
        var topic: Topic
        /// "à la frontière commune", "thanked him for the aid": a place or a courtesy,
        /// which names no field of its own. Such a keyword (written `territorial~`,
        /// `other~` in the lexicon) counts only when no other keyword of the clause does.
        var locative = false
        /// The topic's bit in a clause's set of topics (`TopicClassifier.bits`).
        var bit: UInt32 = 0
    }

    let matcher: PhraseMatcher<Keyword>

    /// Each topic's bit, by its place in `Topic.allCases`, which is also the
    /// order `Topic` sorts in: a clause's topics are gathered in a bit set
    /// (a `Set<Topic>` hashed each topic's raw string, ~1,100 instructions
    /// an insert) and read back in that order, which is `sorted()`'s.
    static let bits: [Topic: UInt32] = {
        precondition(Topic.allCases.count <= 32, "a topic set is 32 bits")
        return Dictionary(uniqueKeysWithValues: Topic.allCases.enumerated().map { ($1, UInt32(1) << UInt32($0)) })
    }()

    /// `conflict-parties.txt`: parties whose name points at a war or a crisis.
    static let conflictParties: Set<PartyCode> = Set(LexiconFile.lines("conflict-parties.txt").map { PartyCode($0) })

    static let arabic = TopicClassifier(.arabic)
    static let english = TopicClassifier(.english)
    static let french = TopicClassifier(.french)

    private init(_ language: Language) {
        var matcher = PhraseMatcher<Keyword>(gap: 0, lane: .topics(language))
        for line in LexiconFile.lines("topics-\(language.rawValue).txt") {
            let (topicField, phrase) = LexiconFile.head(line)
            let locative = topicField.hasSuffix("~")
            if let topic = Topic(rawValue: locative ? String(topicField.dropLast()) : topicField), !phrase.isEmpty {
                matcher.add(phrase, value: Keyword(topic: topic, locative: locative, bit: Self.bits[topic]!))
            }
        }
        self.matcher = matcher
    }

    /// The topics of tokens `range`, in the controlled list's order; none
    /// when no keyword speaks (see `Extractor.topics`).
    /// Words inside a party's name are not subject matter: "Security Council", "مجلس الأمن".
    func topics(_ range: Range<Int>, in document: Document, excluding names: Set<Int> = []) -> [Topic] {
        var found: UInt32 = 0
        var locative: UInt32 = 0
        var index = range.lowerBound
        while index < range.upperBound {
            guard matcher.mayStart(at: index, in: document) else { index += 1; continue }
            // (The matches past the clause are skipped, not filtered into a new array per keyword.)
            let matches = matcher.lookUp(at: index, in: document)
            guard let best = matches.first(where: { $0.end <= range.upperBound }) else { index += 1; continue }
            // A phrase listed under two topics ("الربط الكهربائي": energy and infrastructure) gives both.
            if !(best.first..<best.end).allSatisfy(names.contains) {
                for match in matches where match.end == best.end {
                    let keyword = matcher.entries[match.entry].value
                    if keyword.locative { locative |= keyword.bit } else { found |= keyword.bit }
                }
            }
            index = best.end
        }
        if found == 0 { found |= locative }
        guard found != 0 else { return [] }
        var result: [Topic] = []
        for (index, topic) in Topic.allCases.enumerated() where found & (UInt32(1) << UInt32(index)) != 0 { result.append(topic) }
        return result
    }
}
