/// The analysis that turns text into search-index terms, for documents and
/// for queries alike, so that both meet on the same terms.
///
/// - Arabic-script words are normalised (``ArabicNormalizer``), function
///   words dropped (`Lexicons/arabic-stopwords.txt`) and stemmed
///   (``ArabicStemmer``). In a query, a word whose first letter may be a
///   proclitic (و ب ل ك) or a root letter, and that the exception lexicon
///   does not settle, asks for both stems at one position (بترول → ترول or
///   بترول), so that it meets the word with and without the article.
/// - Latin-script words are lower-cased and stripped of accents, French
///   elisions are split off (l'accord → accord), then stemmed as English
///   (``EnglishStemmer``) or French (``FrenchStemmer``) according to the
///   language of the document; a query with no language gets both stems at
///   one position. French stems end in `_`, so that each reading meets the
///   documents of its own language only.
/// - Arabic broken plurals and English and French irregular plurals are
///   indexed as their singulars, and British spellings as American ones
///   (word lists in `Lexicons/`).
/// - Digits of every script become ASCII digits.
///
/// Term offsets are byte offsets in the original UTF-8 text, so snippets
/// and highlights show the text as written, harakat included.
public struct SearchAnalyzer: Sendable {
    /// The version of the analysis rules and word lists. An index built by
    /// another version must be rebuilt.
    public static let version: Int = 2

    public init() {}

    /// The terms an index stores for `text`, in order, as a document whose
    /// article is in `language` (nil: Latin-script words are guessed
    /// English or French, see ``SearchTokenPurpose``). A language marker at
    /// the start of `text` takes precedence.
    public func analyze(_ text: String, language: AnalyzerLanguage?) -> [AnalyzedToken] {
        var text = text
        var tokens: [AnalyzedToken] = []
        text.withUTF8 { bytes in
            _ = tokenize(utf8: bytes, purpose: .document, language: language) { term, range, _ in
                let original = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                tokens.append(AnalyzedToken(
                    term: String(decoding: term, as: UTF8.self),
                    original: original,
                    utf8Range: range))
                return true
            }
        }
        return tokens
    }

    /// Analyses UTF-8 text without building strings: the entry point of the
    /// full-text tokenizer.
    ///
    /// - Parameters:
    ///   - text: the UTF-8 bytes.
    ///   - purpose: document, query or prefix query.
    ///   - language: the document's language when known beforehand; a
    ///     marker in the text overrides it.
    ///   - cache: words already analysed, kept across calls (documents
    ///     only; the terms are the same with or without it).
    ///   - emit: called for each term with its UTF-8 bytes (valid only
    ///     during the call), the byte range of the word it comes from, and
    ///     whether it shares the position of the previous term. Return
    ///     false to stop.
    /// - Returns: false when `emit` stopped the analysis.
    public func tokenize(
        utf8 text: UnsafeBufferPointer<UInt8>,
        purpose: SearchTokenPurpose,
        language: AnalyzerLanguage? = nil,
        cache: SearchWordCache? = nil,
        _ emit: (_ term: UnsafeBufferPointer<UInt8>, _ utf8Range: Range<Int>, _ colocated: Bool) -> Bool
    ) -> Bool {
        if purpose == .document, let cache {
            return cache.withDocumentRun(language: language) { $0.run(text, emit: emit) }
        }
        return AnalysisRun(purpose: purpose, language: language).run(text, emit: emit)
    }
}
