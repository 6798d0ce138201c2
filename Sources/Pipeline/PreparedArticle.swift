import Ingestion
import Model
import Storage

/// One article on its way into the archive.
struct PreparedArticle: Sendable {
    enum State: Sendable {
        /// Extracted, with the content hash computed on reading to skip known
        /// texts, and the fingerprint near-copy detection compares.
        case ready(Article, Extraction, contentHash: String, fingerprint: ReportFingerprint)
        /// The same text as an archived article, or (statement nil) as an
        /// earlier article of this run, whose statement is known once it is written.
        case duplicate(statementID: Int64?, contentHash: String)
        case failed(String)
    }

    /// Where it came from: a path, or `path:line` for a JSON line.
    let label: String
    let state: State
}
