/// A list of words that a document's folded tokens are tested against
/// ("و", "and", "et", "،"), giving exactly the answers of a `Set<String>`
/// asked for `document.folded(i)`.
///
/// The extractors ask such lists about tokens in every look-around, and a
/// `Set<String>` (or an array literal) hashes and compares a non-ASCII word by
/// normalising it on every call: about 1,000 instructions for an Arabic word,
/// several times over per clause. A word token is asked here through the
/// `WordKey` its analysis already holds, which hashes and compares like
/// `String` (see `WordKey`); any other token (a number, a mark) and a place
/// past either end keep the `String` comparison, so answers are unchanged
/// whatever the text holds.
struct FoldedWordSet: Sendable, ExpressibleByArrayLiteral {
    private let keys: WordSet
    private let strings: Set<String>

    init<S: Sequence>(_ words: S) where S.Element == String {
        let words = Array(words)
        keys = WordSet(words)
        strings = Set(words)
    }

    init(arrayLiteral words: String...) { self.init(words) }

    /// Whether `document.folded(index)` is one of the words.
    @inline(__always)
    func contains(_ index: Int, in document: Document) -> Bool {
        if index >= 0, index < document.tokens.count, let analysis = document.analyses[index] {
            return keys.contains(analysis.foldedKey)
        }
        return strings.contains(document.folded(index))
    }

    /// Whether `word` is one of the words (`Set<String>`'s answer).
    func contains(_ word: String) -> Bool { strings.contains(word) }

    /// Whether the word whose key is `key` is one of the words.
    func contains(_ key: WordKey) -> Bool { keys.contains(key) }
}
