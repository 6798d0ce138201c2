import Foundation

/// Why the archive could not be opened, read or written. Each case reads as
/// one line a user can act on.
public enum StorageError: Error, LocalizedError, Equatable, Sendable {
    case missingArchive(path: String)
    case missingFolder(path: String)
    case notAnArchive(path: String)
    /// An Entente archive whose pages SQLite finds malformed or missing.
    case damaged(path: String)
    /// An archive whose first ingest stopped before it was made whole.
    case unfinished(path: String)
    /// An archive made by an older Entente, or whose creation stopped midway.
    case outdated(path: String)
    case isFolder(path: String)
    case newerArchive(path: String)
    case readOnly(path: String)
    /// A new archive's folder cannot be written (read-only media, permissions).
    case readOnlyFolder(path: String)
    case badQuery(String)
    /// The output (standard output or a file) could not be written: a full disk, a closed pipe.
    case outputFailed(String)
    case emptyQuery(String)
    case tooManyQueryWords(words: Int, limit: Int)
    case failed(String)

    public var errorDescription: String? {
        switch self {
        case let .missingArchive(path):
            return "no archive at \(path); create one with 'entente ingest PATH' (or point --db / ENTENTE_DB at an existing archive)"
        case let .missingFolder(path):
            return "the folder for the archive \(path) does not exist; create it first or choose another --db"
        case let .notAnArchive(path):
            return "\(path) is not an Entente archive; choose another --db (nothing was changed)"
        case let .damaged(path):
            return "the archive \(path) is damaged; run 'entente check --db \(path)' to see how, then restore it from a backup (nothing was changed)"
        case let .unfinished(path):
            return "the archive \(path) holds nothing yet: its first ingest stopped before anything was stored; run 'entente ingest' again to make it"
        case let .outdated(path):
            return "the archive \(path) is not up to date (made by an older Entente, or its first ingest stopped midway); run any write command, such as 'entente ingest', once to finish it"
        case let .isFolder(path):
            return "\(path) is a folder; give --db a file in it, such as \(path.hasSuffix("/") ? path : path + "/")entente.sqlite"
        case let .newerArchive(path):
            return "\(path) was made by a newer Entente; upgrade entente to open it (nothing was changed)"
        case let .readOnly(path):
            return "the archive \(path) is read-only; nothing was written (check its permissions)"
        case let .readOnlyFolder(path):
            return "cannot create the archive \(path): its folder cannot be written (read-only media, or check its permissions)"
        case let .badQuery(reason):
            return "the query is not valid FTS5 syntax: \(reason)"
        case let .tooManyQueryWords(words, limit):
            return "the --raw query has \(words) words; at most \(limit) are searched at once: split it into several searches"
        case let .emptyQuery(query):
            return "the query '\(query)' has no words to search for; give at least one word"
        case let .outputFailed(reason):
            return "cannot write the output: \(reason)"
        case let .failed(reason):
            return reason
        }
    }
}
