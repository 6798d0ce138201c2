import Model

/// Gives a clause its topics from the keywords of `topics-xx.txt`. Longer
/// phrases are matched first, so "الأمن السيبراني" counts as cyber only.
struct TopicClassifier: Sendable {
    let matcher: PhraseMatcher<Topic>

    static let arabic = TopicClassifier(.arabic)
    static let english = TopicClassifier(.english)
    static let french = TopicClassifier(.french)

    static func of(_ language: Language) -> TopicClassifier {
        switch language {
        case .arabic: return arabic
        case .english: return english
        case .french: return french
        }
    }

    private init(_ language: Language) {
        var matcher = PhraseMatcher<Topic>(gap: 0)
        for line in LexiconFile.lines("topics-\(language.rawValue).txt") {
            let (topicField, phrase) = LexiconFile.head(line)
            if let topic = Topic(rawValue: topicField), !phrase.isEmpty { matcher.add(phrase, value: topic) }
        }
        self.matcher = matcher
    }

    /// The topics of tokens `range`, in the controlled list's order;
    /// `diplomatic_process` when no keyword speaks, since a stance with no
    /// subject matter is about the relationship itself.
    /// Words inside a party's name are not subject matter: "Security Council", "مجلس الأمن".
    func topics(_ range: Range<Int>, in document: Document, excluding names: Set<Int> = []) -> [Topic] {
        var found: Set<Topic> = []
        for match in matcher.scan(range, in: document) where !(match.first..<match.end).allSatisfy(names.contains) {
            found.insert(matcher.entries[match.entry].value)
        }
        return found.isEmpty ? [.diplomaticProcess] : found.sorted()
    }
}
