import Foundation
import Storage

/// How `entente serve` runs: where it listens, which archive it reads, and
/// the bounds that keep one request from taking the machine.
public struct ServerSettings: Sendable {
    /// The archive file, opened read-only.
    public var archivePath: String
    /// The address to bind: loopback unless told otherwise, so that the
    /// archive is not offered to the network by accident.
    public var host = "127.0.0.1"
    public var port = 8080
    /// Results on a page unless the request asks for fewer or more.
    public var pageSize = 20
    /// The most results one page or API call returns.
    public var maxPageSize = 100
    /// The most results a request may skip (the deepest page): ranking
    /// `offset + pageSize` rows costs more the deeper the page.
    public var maxOffset = 10_000
    /// The longest query accepted, in characters.
    public var maxQueryLength = 500
    /// A query still running after this long is interrupted and answered
    /// with 503.
    public var queryTimeout: Duration = .seconds(5)
    /// Runs on the connection at the start of every read, inside the
    /// query's time limit, so that a test can make a read slow in SQLite
    /// itself and watch the limit stop it.
    var beforeEachRead: (@Sendable (Archive) throws -> Void)?
    /// A connection that sends nothing for this long is closed.
    public var idleTimeout: Duration = .seconds(30)
    /// Connections reading the archive at once; the others wait their turn.
    public var readers = max(2, ProcessInfo.processInfo.activeProcessorCount)
    /// CSV or JSON downloads streamed at once; more get 503.
    public var maxDownloads = 2

    public init(archivePath: String) {
        self.archivePath = archivePath
    }
}
