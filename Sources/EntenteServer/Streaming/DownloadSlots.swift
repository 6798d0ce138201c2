import Foundation

/// How many downloads may stream at once: each holds a connection of its
/// own and a thread for as long as the client reads.
final class DownloadSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var inUse = 0
    let limit: Int

    init(limit: Int) { self.limit = limit }

    /// Takes a slot, or throws ``ServerError/busy`` when none is free.
    func take() throws {
        try lock.withLock {
            guard inUse < limit else { throw ServerError.busy }
            inUse += 1
        }
    }

    func give() {
        lock.withLock { inUse -= 1 }
    }
}
