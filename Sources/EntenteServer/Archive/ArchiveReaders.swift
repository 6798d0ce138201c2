import Foundation
import Storage

/// A few read-only connections to the archive, each used by one request at
/// a time on a thread of its own, so that SQLite's blocking calls never
/// hold the server's event loops. A request waits for a free connection;
/// a query that outlives `timeout` is interrupted.
final class ArchiveReaders: @unchecked Sendable {
    private let lock = NSLock()
    private var free: [Archive]
    private var waiting: [CheckedContinuation<Archive, Never>] = []
    /// The archive each running job holds, by job number, for the timer.
    private var running: [Int: Archive] = [:]
    private var nextJob = 0
    /// Jobs the timer interrupted.
    private var interrupted: Set<Int> = []
    private let timeout: Duration
    private let beforeEachRead: (@Sendable (Archive) throws -> Void)?
    /// Every connection, for set-up only (``SearchCache``).
    let connections: [Archive]

    /// Opens `count` connections; fails as opening the archive fails.
    init(path: String, count: Int, timeout: Duration, beforeEachRead: (@Sendable (Archive) throws -> Void)? = nil) throws {
        free = try (0..<max(1, count)).map { _ in
            let archive = try Archive(path: path, mode: .read)
            try archive.prepareForRepeatedSearches()
            return archive
        }
        self.timeout = timeout
        self.beforeEachRead = beforeEachRead
        connections = free
    }

    /// Runs `body` with a connection of its own, off the caller's thread.
    func read<T: Sendable>(_ body: @escaping @Sendable (Archive) throws -> T) async throws -> T {
        let archive = await checkOut()
        defer { checkIn(archive) }
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try self.run(body, on: archive) })
            }
        }
    }

    private func run<T>(_ body: (Archive) throws -> T, on archive: Archive) throws -> T {
        let job = lock.withLock {
            nextJob += 1
            running[nextJob] = archive
            return nextJob
        }
        let timer = DispatchWorkItem { [self] in
            lock.withLock {
                guard let archive = running[job] else { return }
                interrupted.insert(job)
                archive.interrupt()
            }
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout.timeInterval, execute: timer)
        defer {
            timer.cancel()
            lock.withLock {
                running[job] = nil
                interrupted.remove(job)
            }
        }
        do {
            try beforeEachRead?(archive)
            return try body(archive)
        } catch let error as StorageError {
            if lock.withLock({ interrupted.contains(job) }) { throw ServerError.timedOut(seconds: Int(timeout.timeInterval.rounded(.up))) }
            switch error {
            case .badQuery, .emptyQuery, .tooManyQueryWords: throw ServerError.badQuery(error.localizedDescription)
            default: throw ServerError.archive(error.localizedDescription)
            }
        }
    }

    private func checkOut() async -> Archive {
        await withCheckedContinuation { continuation in
            let archive: Archive? = lock.withLock {
                if let archive = free.popLast() { return archive }
                waiting.append(continuation)
                return nil
            }
            if let archive { continuation.resume(returning: archive) }
        }
    }

    private func checkIn(_ archive: Archive) {
        let next: CheckedContinuation<Archive, Never>? = lock.withLock {
            if waiting.isEmpty {
                free.append(archive)
                return nil
            }
            return waiting.removeFirst()
        }
        next?.resume(returning: archive)
    }
}

extension Duration {
    var timeInterval: TimeInterval {
        let (seconds, attoseconds) = components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
