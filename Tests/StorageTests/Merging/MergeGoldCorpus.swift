import Foundation
import GRDB
import Ingestion
import Model
@testable import Storage

/// SampleData's articles (and the seed beside the package) with the gold
/// grouping of `SampleData/reports/merge-gold.json`: which articles report
/// one statement.
struct MergeGoldCorpus {
    struct Item {
        /// The path relative to SampleData, `wires.jsonl#2` for a line.
        var id: String
        var article: Article
        var extraction: Extraction
    }

    var items: [Item]
    /// Pairs of ids (sorted) that report one statement.
    var samePairs: Set<[String]>
    var traps: [[String]]

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sampleData = packageRoot.appendingPathComponent("SampleData")

    /// Loaded and extracted once for the process: extraction is the slow part.
    nonisolated(unsafe) static let shared: MergeGoldCorpus = try! MergeGoldCorpus()

    init() throws {
        let extractor = Extractor()
        var items: [Item] = []
        let enumerator = FileManager.default.enumerator(atPath: Self.sampleData.path)!
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String { paths.append(path) }
        for path in paths.sorted() {
            let name = (path as NSString).lastPathComponent
            let ext = (path as NSString).pathExtension
            guard !name.hasPrefix("."), !name.hasPrefix("README"), ["txt", "md", "jsonl"].contains(ext) else { continue }
            let data = try Data(contentsOf: Self.sampleData.appendingPathComponent(path))
            if ext == "jsonl" {
                for (index, entry) in try ArticleReader.jsonLines(data).enumerated() {
                    let article = try entry.get()
                    items.append(Item(id: "\(path)#\(index + 1)", article: article, extraction: extractor.extract(article)))
                }
            } else if ext == "txt" || ext == "md" {
                let article = try ArticleReader.plainText(data)
                items.append(Item(id: path, article: article, extraction: extractor.extract(article)))
            }
        }
        let gold = try JSONSerialization.jsonObject(
            with: Data(contentsOf: Self.sampleData.appendingPathComponent("reports/merge-gold.json"))) as! [String: Any]
        let seedID = "../shared/seed/cn-pk-strategic-dialogue-7.ar.txt"
        let seed = Self.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seed/cn-pk-strategic-dialogue-7.ar.txt")
        if let data = try? Data(contentsOf: seed) {
            let article = try ArticleReader.plainText(data, overrides: ArticleMetadata(published: StatementDate(iso: "2026-01-05")))
            items.append(Item(id: seedID, article: article, extraction: extractor.extract(article)))
        }
        let known = Set(items.map(\.id))
        var same: Set<[String]> = []
        for cluster in gold["clusters"] as! [[String: Any]] {
            let ids = (cluster["ids"] as! [String]).filter { known.contains($0) }.sorted()
            for (i, a) in ids.enumerated() { for b in ids[(i + 1)...] { same.insert([a, b]) } }
        }
        self.items = items
        samePairs = same
        traps = (gold["traps"] as! [[String: Any]]).map { ($0["ids"] as! [String]).sorted() }
    }

    /// Ingests the items in `order` (indexes into `items`), `batchSize` a
    /// batch, and returns each id's statement.
    func ingest(order: [Int], batchSize: Int, into archive: Archive) throws -> [String: Int64] {
        var start = 0
        while start < order.count {
            let slice = order[start..<min(start + batchSize, order.count)]
            let results = try archive.ingest(slice.map { (items[$0].article, items[$0].extraction) })
            for result in results { _ = try result.get() }
            start += batchSize
        }
        return try statements(in: archive)
    }

    func statements(in archive: Archive) throws -> [String: Int64] {
        let byHash = try archive.contentHashes()
        var result: [String: Int64] = [:]
        for item in items { result[item.id] = byHash[Archive.contentHash(of: item.extraction.text)] }
        return result
    }

    /// Pairs of ids put in one statement.
    static func pairs(_ statements: [String: Int64]) -> Set<[String]> {
        let ids = statements.keys.sorted()
        var pairs: Set<[String]> = []
        for (i, a) in ids.enumerated() {
            for b in ids[(i + 1)...] where statements[a] == statements[b] { pairs.insert([a, b]) }
        }
        return pairs
    }

    /// The grouping as a set of sets of ids: what must not depend on order.
    static func partition(_ statements: [String: Int64]) -> Set<Set<String>> {
        Set(Dictionary(grouping: statements.keys, by: { statements[$0]! }).values.map(Set.init))
    }
}
