/// A list of words that a document's folded tokens are tested against
/// ("و", "and", "et", "،"), giving exactly the answers of a `Set<String>`
/// asked for `document.folded(i)`.
///
/// The extractors ask such lists about tokens in every look-around, and a
/// `Set<String>` (or an array literal) hashes and compares a non-ASCII word by
/// normalising it on every call: about 1,000 instructions for an Arabic word,
/// several times over per clause. Every question is asked through a `WordKey`,
/// which hashes and compares like `String` (see `WordKey`): a word token's is
/// the one its analysis already holds; any other token's (a number, a mark)
/// and an empty place past either end's are made from the surface, which for
/// these short spellings costs less than one `String` hash.
struct FoldedWordSet: Sendable, ExpressibleByArrayLiteral {
    private let keys: WordSet

    init<S: Sequence>(_ words: S) where S.Element == String {
        keys = WordSet(words)
    }

    init(arrayLiteral words: String...) { self.init(words) }

    /// Whether `document.folded(index)` is one of the words.
    @inline(__always)
    func contains(_ index: Int, in document: Document) -> Bool {
        if index >= 0, index < document.tokens.count, let analysis = document.analyses[index] {
            return keys.contains(analysis.foldedKey)
        }
        return keys.contains(document.foldedKey(index))
    }

    /// Whether `word` is one of the words (`Set<String>`'s answer).
    func contains(_ word: String) -> Bool { keys.contains(WordKey(word)) }

    /// Whether the word whose key is `key` is one of the words.
    func contains(_ key: WordKey) -> Bool { keys.contains(key) }
}
