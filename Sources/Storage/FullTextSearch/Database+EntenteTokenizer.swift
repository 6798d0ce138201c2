import GRDB

extension Database {
    /// Makes the `entente` FTS5 tokenizer available on this connection.
    ///
    /// Call it from `Configuration.prepareDatabase`, before migrations and
    /// before any statement touches a table declared with
    /// `tokenize='entente'`.
    func registerEntenteTokenizer() {
        add(tokenizer: EntenteTokenizer.self)
    }
}
