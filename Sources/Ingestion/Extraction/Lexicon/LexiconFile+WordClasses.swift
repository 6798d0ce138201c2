extension LexiconFile {
    /// A lexicon of `CLASS  WORD` lines as one folded word set per class
    /// (an absent class is an empty set).
    static func wordClasses(_ name: String) -> [String: FoldedWordSet] {
        var words: [String: [String]] = [:]
        for line in lines(name) {
            let (kind, word) = head(line)
            words[kind, default: []].append(WordAnalysis.fold(word))
        }
        return words.mapValues { FoldedWordSet($0) }
    }
}
