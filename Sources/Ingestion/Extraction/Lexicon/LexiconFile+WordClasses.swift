extension LexiconFile {
    /// A lexicon of `CLASS  WORD` lines as each class's words, as written and
    /// in the file's order (an absent class is absent).
    static func wordLists(_ name: String) -> [String: [String]] {
        var words: [String: [String]] = [:]
        for line in lines(name) {
            let (kind, word) = head(line)
            words[kind, default: []].append(word)
        }
        return words
    }

    /// A lexicon of `CLASS  WORD` lines as one folded word set per class
    /// (an absent class is an empty set).
    static func wordClasses(_ name: String) -> [String: FoldedWordSet] {
        wordLists(name).mapValues { FoldedWordSet($0.map(WordAnalysis.fold)) }
    }
}

/// The classes of one `CLASS  WORD` lexicon, read once by the feature that
/// owns it (a `static let`), each asked for by name. A class the file lacks
/// is a build mistake, so it stops the program loudly. Each class is read
/// either folded (`WordAnalysis.fold`, as a token's folded form is asked) or
/// as written (the file lists it folded already, and marks it so).
struct WordLists: Sendable {
    let file: String
    private let lists: [String: [String]]

    init(_ file: String) {
        self.init(file, LexiconFile.wordLists(file))
    }

    /// A file's classes parsed by its owner (`PersonWords` reads some classes its own way).
    init(_ file: String, _ lists: [String: [String]]) {
        self.file = file
        self.lists = lists
    }

    /// One class's words as written, in the file's order.
    func words(_ name: String) -> [String] {
        guard let words = lists[name] else { preconditionFailure("\(file) has no class \(name)") }
        return words
    }

    /// One class, folded when read.
    func folded(_ name: String) -> FoldedWordSet { FoldedWordSet(words(name).map(WordAnalysis.fold)) }

    /// One class, as written.
    func written(_ name: String) -> FoldedWordSet { FoldedWordSet(words(name)) }

    /// One class as keys, folded when read (a `WordSet`: asked by a reading's keys).
    func foldedKeys(_ name: String) -> WordSet { WordSet(words(name).map(WordAnalysis.fold)) }

    /// One class as keys, as written.
    func writtenKeys(_ name: String) -> WordSet { WordSet(words(name)) }
}
