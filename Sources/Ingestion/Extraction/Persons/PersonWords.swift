import TextAnalysis

/// The English and French words `PersonFinder` reads around titles and names
/// (`person-words.txt`): the words of a state's formal name, capitalised
/// words that are no name, the connectors of a title's complement, the
/// heads of plural titles, and prepositions of place; and, through `lists`,
/// the Arabic and Latin word classes `PersonFinder` reads around names.
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

    /// All of `person-words.txt`'s classes, for the ones `PersonFinder` reads by name.
    let lists: WordLists

    static let shared = PersonWords()

    private init() {
        // Read once, here: the classes above, and the finder's own through `lists`.
        let words = LexiconFile.wordLists("person-words.txt").mapValues { $0.filter { !$0.isEmpty } }
        lists = WordLists("person-words.txt", words)
        postNominal = Set(words["post-nominal"] ?? [])
        func folded(_ kind: String) -> FoldedWordSet { FoldedWordSet((words[kind] ?? []).map(WordAnalysis.fold)) }
        state = folded("state")
        stop = folded("stop")
        connector = folded("connector")
        article = folded("article")
        plural = folded("plural")
        place = folded("place")
        nameEnd = folded("name-end")
        speech = folded("speech")
        givenTitle = folded("given-title")
    }
}
