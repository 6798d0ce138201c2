import TextAnalysis

/// The English and French words `PersonFinder` reads around titles and names
/// (`person-words.txt`): the words of a state's formal name, capitalised
/// words that are no name, the connectors of a title's complement, the
/// heads of plural titles, and prepositions of place.
struct PersonWords: Sendable {
    let state: FoldedWordSet
    let stop: FoldedWordSet
    let connector: FoldedWordSet
    /// French articles that go on with a complement after "et": "et la Coopération".
    let article: FoldedWordSet
    let plural: FoldedWordSet
    let place: FoldedWordSet
    /// Arabic nouns that end a name: "مباحثات", "اتصالا".
    let nameEnd: FoldedWordSet
    /// Arabic titles that are also given names ("أمير"): inside a name, part of it.
    let givenTitle: FoldedWordSet
    /// Verbs of saying after a speaker's name: "said", "added", "a déclaré".
    let speech: FoldedWordSet
    /// Letters after a name that are no part of it ("MP", "QC"), as written: in
    /// lower case some are words.
    let postNominal: Set<String>

    static let shared = PersonWords()

    private init() {
        var words: [String: [String]] = [:]
        var written: Set<String> = []
        for line in LexiconFile.lines("person-words.txt") {
            let (kind, word) = LexiconFile.head(line)
            guard !word.isEmpty else { continue }
            if kind == "post-nominal" { written.insert(word) }
            words[kind, default: []].append(WordAnalysis.fold(word))
        }
        postNominal = written
        state = FoldedWordSet(words["state"] ?? [])
        stop = FoldedWordSet(words["stop"] ?? [])
        connector = FoldedWordSet(words["connector"] ?? [])
        article = FoldedWordSet(words["article"] ?? [])
        plural = FoldedWordSet(words["plural"] ?? [])
        place = FoldedWordSet(words["place"] ?? [])
        nameEnd = FoldedWordSet(words["name-end"] ?? [])
        speech = FoldedWordSet(words["speech"] ?? [])
        givenTitle = FoldedWordSet(words["given-title"] ?? [])
    }
}
