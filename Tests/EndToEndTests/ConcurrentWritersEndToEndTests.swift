import Foundation
import XCTest

/// Several ingests at once into one archive, new or not: each waits its
/// turn, none fails, every article is kept.
final class ConcurrentWritersEndToEndTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = try CLI.temporaryFolder()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    static let articles: [String] = {
        let sampleData = CLI.packageRoot.appendingPathComponent("SampleData")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: sampleData.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { sampleData.appendingPathComponent($0).path }
    }()

    func testIngestsCreatingOneNewArchiveAtOnceAllSucceed() throws {
        let writers = 4
        XCTAssertGreaterThanOrEqual(Self.articles.count, writers)
        for trial in 0..<3 {
            let cli = CLI(archive: folder.appendingPathComponent("new\(trial).sqlite").path)
            let results = Self.concurrently(writers) { index in
                try cli.run(["ingest", Self.articles[(trial + index) % Self.articles.count]])
            }
            for result in results {
                XCTAssertEqual(result?.status, 0, "trial \(trial): \(result?.stderr ?? "did not run")")
            }
            XCTAssertEqual(try ArchiveSnapshot(path: cli.archive).counts["article"], writers, "trial \(trial)")
        }
    }

    /// Runs `body` for 0..<count, each on its own thread, all at once.
    static func concurrently<T>(_ count: Int, _ body: @escaping @Sendable (Int) throws -> T) -> [T?] {
        let results = Results<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.set(index, try? body(index))
        }
        return results.values
    }

    final class Results<T>: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [T?]
        init(count: Int) { stored = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: T?) { lock.lock(); stored[index] = value; lock.unlock() }
        var values: [T?] { lock.lock(); defer { lock.unlock() }; return stored }
    }
}
