import GRDB
import TextAnalysis

/// Provisional `entente` tokenizer: unicode61 with marks kept inside tokens,
/// Arabic folded, language markers dropped. Replaced by the search analyzers.
final class EntenteTokenizer: FTS5WrapperTokenizer {
    static let name = "entente"
    let wrappedTokenizer: any FTS5Tokenizer

    init(db: Database, arguments: [String]) throws {
        wrappedTokenizer = try db.makeTokenizer(.unicode61(categories: "L* N* Co M*"))
    }

    func accept(
        token: String, flags: FTS5TokenFlags, for tokenization: FTS5Tokenization,
        tokenCallback: FTS5WrapperTokenCallback
    ) throws {
        if let first = token.unicodeScalars.first, (0xE001...0xE003).contains(first.value) { return }
        try tokenCallback(ArabicNormalizer.normalize(token), flags)
    }
}

extension Database {
    /// Makes the `entente` tokenizer known to this connection; the archive's
    /// full-text index is declared with `tokenize = 'entente'`.
    func registerEntenteTokenizer() {
        add(tokenizer: EntenteTokenizer.self)
    }
}
