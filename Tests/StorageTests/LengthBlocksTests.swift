import GRDB
import Model
import XCTest
@testable import Storage

/// The stored copy of each commitment's length (`commitment_length_block`)
/// must say what FTS5's size table says, be read only while it is the
/// index's, and never change what a search returns.
final class LengthBlocksTests: XCTestCase {
    /// Commitments of varied lengths, one of them 300 tokens long (more
    /// than a byte holds), with "cooperation" in each so one word ranks them all.
    private func add(_ range: Range<Int>, to archive: Archive) throws {
        _ = try archive.ingest(range.map { index in
            let filler = index == 5 ? String(repeating: "shared matters ", count: 150)
                : String(repeating: "on shared matters ", count: index % 9)
            let clause = "cooperation " + filler + (index % 4 == 0 ? "and cooperation " : "") + "number \(index)"
            let second = "They welcomed cooperation in case \(index)"
            return Fixtures.extraction(
                clause + ". " + second + ".",
                commitments: [(clause, .pledge, [.trade]), (second, .welcome, [.energy])])
        })
    }

    /// Every length in the size table, by commitment id.
    private func indexLengths(_ archive: Archive) throws -> [Int64: UInt64] {
        try archive.read { db in
            var lengths: [Int64: UInt64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, sz FROM commitment_fts_docsize") {
                let blob: Data = row["sz"]
                lengths[row["id"]] = blob.withUnsafeBytes { LengthBlocks.firstVarint($0.baseAddress, count: $0.count) }
            }
            return lengths
        }
    }

    /// What a one-search process reads for each id: the stored length, or
    /// 0 (ask FTS5) when none may be used.
    private func storedLengths(_ archive: Archive, ids: some Sequence<Int64>) throws -> [Int64: UInt16] {
        try archive.read { db in
            try archive.norms.refresh(db)
            var lengths: [Int64: UInt16] = [:]
            for id in ids { lengths[id] = archive.norms.length(of: id) }
            return lengths
        }
    }

    private func assertStoredLengthsMatchTheIndex(_ archive: Archive, _ label: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let index = try indexLengths(archive)
        XCTAssertFalse(index.isEmpty, label, file: file, line: line)
        let stored = try storedLengths(archive, ids: index.keys)
        for (id, length) in index {
            XCTAssertEqual(stored[id], length < 255 ? UInt16(length) : 0, "\(label): commitment \(id)", file: file, line: line)
        }
        XCTAssertTrue(index.values.contains { $0 >= 255 }, "\(label): a length too long for a byte is covered", file: file, line: line)
    }

    func testStoredLengthsMatchTheIndexAcrossBlocksAndBatches() throws {
        let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        archive.lengthBlockSize = 7  // commitments 1...14 fill two blocks; batches end mid-block
        try add(0..<5, to: archive)
        try add(5..<12, to: archive)
        try add(12..<13, to: archive)
        try assertStoredLengthsMatchTheIndex(archive, "three batches")
        try archive.read { db in
            let current = try XCTUnwrap(try LengthBlocks.current(db))
            XCTAssertEqual(current.blockSize, 7)
            XCTAssertEqual(current.through, 26)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM commitment_length_block"), 4)  // ids 0–27
        }
    }

    /// A long-lived process loads its kept lengths from the stored copy,
    /// then what was indexed after it from FTS5.
    func testKeptLengthsLoadFromTheCopyAndWhatFollowsIt() throws {
        let path = Fixtures.temporaryPath()
        let archive = try Archive(path: path, mode: .write)
        archive.lengthBlockSize = 6
        try add(0..<9, to: archive)
        // Rows the copy does not cover yet, as after another writer's batch.
        try archive.write { db in
            try db.execute(sql: "UPDATE archive_info SET value = '12' WHERE key = ?", arguments: [LengthBlocks.throughKey])
        }
        let kept = try Archive(path: path, mode: .read)
        try kept.prepareForRepeatedSearches()
        for (id, length) in try indexLengths(archive) {
            let expected: UInt16 = id > 12 || length < 255 ? UInt16(length) : 0  // 255+ from the copy: ask FTS5
            XCTAssertEqual(kept.norms.length(of: id), expected, "commitment \(id)")
        }
    }

    func testRankingReadsTheSameWithStoredLengthsAsWithout() throws {
        let path = Fixtures.temporaryPath()
        let archive = try Archive(path: path, mode: .write)
        archive.lengthBlockSize = 5
        try add(0..<30, to: archive)
        let filters = ["cooperation", "shared matters", "cooperation number", "\"on shared\"", "coop*"].map {
            var filter = CommitmentFilter(query: $0)
            filter.limit = 10
            return filter
        } + [CommitmentFilter(query: "cooperation")]
        func results(_ archive: Archive) throws -> [[String]] {
            try filters.map { filter in try archive.search(filter).map { "\($0.commitmentID) \($0.snippet ?? "")" } }
        }
        let withStored = try results(Archive(path: path, mode: .read))
        // Kept in memory, as a long-lived process keeps them.
        let kept = try Archive(path: path, mode: .read)
        try kept.prepareForRepeatedSearches()
        XCTAssertEqual(try results(kept), withStored)
        // Without the stored copy: every length from FTS5.
        try archive.write { db in
            try db.execute(sql: "DELETE FROM archive_info WHERE key = ?", arguments: [LengthBlocks.stampKey])
        }
        let fresh = try Archive(path: path, mode: .read)
        try fresh.read { db in XCTAssertNil(try LengthBlocks.current(db)) }
        XCTAssertEqual(try results(fresh), withStored)
        XCTAssertEqual(withStored[0].count, 10)
    }

    /// A deleted commitment moves the index epoch: the copy is no longer
    /// read, and the next write copies every length again, including a
    /// reused id's new one.
    func testAChangedIndexMakesTheCopyStaleUntilTheNextWrite() throws {
        let path = Fixtures.temporaryPath()
        let archive = try Archive(path: path, mode: .write)
        archive.lengthBlockSize = 4
        try add(0..<10, to: archive)
        let last = try archive.read { db in try XCTUnwrap(try Int64.fetchOne(db, sql: "SELECT max(id) FROM commitment")) }
        try archive.write { db in
            try db.execute(sql: "DELETE FROM commitment WHERE id = ?", arguments: [last])
            try db.execute(sql: """
                INSERT INTO commitment(id, statement_id, article_id, ordinal, text, start_offset, end_offset, type, language, facets)
                SELECT ?, statement_id, article_id, 99, 'cooperation', 0, 11, 'pledge', 'en', facets FROM commitment WHERE id = ?
                """, arguments: [last, last - 1])
        }
        try archive.read { db in XCTAssertNil(try LengthBlocks.current(db), "stale after a delete") }
        XCTAssertEqual(try storedLengths(archive, ids: [1, last]), [1: 0, last: 0], "nothing is read from a stale copy")

        try add(10..<12, to: archive)
        try assertStoredLengthsMatchTheIndex(archive, "copied again")
        XCTAssertEqual(try storedLengths(archive, ids: [last]), [last: 1])
    }

    /// An archive made before the stored lengths gets them when it is
    /// first opened for writing; until then reading asks for the upgrade.
    func testAVersion2ArchiveGainsItsLengthsWhenOpenedForWriting() throws {
        let path = Fixtures.temporaryPath()
        do {
            let archive = try Archive(path: path, mode: .write)
            try add(0..<8, to: archive)
            try archive.write { db in
                // Back to what version 2 left.
                try db.execute(sql: """
                    DROP TABLE commitment_length_block;
                    DELETE FROM archive_info WHERE key LIKE 'length_block%';
                    DELETE FROM grdb_migrations WHERE identifier = '0003_length_blocks.sql';
                    PRAGMA user_version = 2;
                    """)
            }
        }
        XCTAssertThrowsError(try Archive(path: path, mode: .read)) { error in
            XCTAssertEqual(error as? StorageError, .outdated(path: path))
        }
        let upgraded = try Archive(path: path, mode: .write)
        try assertStoredLengthsMatchTheIndex(upgraded, "after the upgrade")
        try upgraded.read { db in XCTAssertEqual(try LengthBlocks.current(db)?.blockSize, LengthBlocks.defaultBlockSize) }
    }
}
