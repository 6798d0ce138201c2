import GRDB

extension Database {
    /// Makes the `entente` FTS5 tokenizer and the `entente_rank` function
    /// available on this connection; the function reads lengths from
    /// `norms` when given and kept (see ``SearchNorms``).
    ///
    /// Call it from `Configuration.prepareDatabase`, before migrations and
    /// before any statement touches a table declared with
    /// `tokenize='entente'`.
    func registerEntenteFullTextSearch(norms: SearchNorms? = nil) {
        add(tokenizer: EntenteTokenizer.self)
        EntenteRank.register(self, norms: norms)
    }
}
