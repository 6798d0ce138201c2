import Foundation
import Ingestion
import Model

/// A hand-annotated article: the article as the command line would read
/// it, and what the annotator found (the format of ../shared/eval/README.md).
struct GoldCase {
    struct Item {
        var anchors: [String]
        var type: String
        var by: [String]
        var topics: [String]
        var borderline: Bool
    }

    var id: String
    var article: Article
    var parties: [String]
    var items: [Item]
    var nonCommitments: [String]
    var raw: [String: Any]
}

enum GoldCorpusError: Error, CustomStringConvertible {
    case unreadable(String)
    var description: String {
        switch self { case let .unreadable(what): return what }
    }
}

/// Loads gold files: the seed beside the package and the package's
/// `SampleData/gold/`. Gold files hold one object or an array of them;
/// `text_file` is a plain-text article or `../NAME.jsonl#N`, the N-th line.
enum GoldCorpus {
    static var seedFiles: [URL] { files(in: TestSupport.seedFolder, suffix: ".gold.json") }
    static var sampleFiles: [URL] { files(in: TestSupport.packageRoot.appendingPathComponent("SampleData/gold"), suffix: ".json") }

    static func all() throws -> [GoldCase] {
        try (seedFiles + sampleFiles).flatMap(load)
    }

    static func files(in folder: URL, suffix: String) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { folder.appendingPathComponent($0) }
    }

    static func load(_ url: URL) throws -> [GoldCase] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        let objects = (json as? [[String: Any]]) ?? [json as? [String: Any]].compactMap { $0 }
        return try objects.map { try goldCase($0, folder: url.deletingLastPathComponent()) }
    }

    private static func goldCase(_ g: [String: Any], folder: URL) throws -> GoldCase {
        let id = g["id"] as? String ?? "?"
        let published = ((g["given"] as? [String: Any])?["published"] as? String)
            ?? (g["published"] as? String).flatMap { $0.count == 10 ? $0 : nil }
        let overrides = ArticleMetadata(published: try published.map(ArticleMetadata.date))
        let textFile = g["text_file"] as? String ?? id + ".txt"
        var article: Article
        if let hash = textFile.lastIndex(of: "#"), let n = Int(textFile[textFile.index(after: hash)...]) {
            let data = try Data(contentsOf: folder.appendingPathComponent(String(textFile[..<hash])))
            let entries = try ArticleReader.jsonLines(data)
            guard n >= 1, n <= entries.count else { throw GoldCorpusError.unreadable("\(id): no line \(n) in \(textFile)") }
            article = try entries[n - 1].get()
            if let date = overrides.published { article.published = date }
        } else {
            article = try ArticleReader.plainText(Data(contentsOf: folder.appendingPathComponent(textFile)), overrides: overrides)
        }
        var items: [GoldCase.Item] = []
        for c in g["commitments"] as? [[String: Any]] ?? [] {
            var topics = c["topics"] as? [String] ?? []
            if topics.isEmpty, let t = c["topic"] as? String { topics = [t] + (c["also_topics"] as? [String] ?? []) }
            items.append(.init(
                anchors: [c["anchor"] as? String ?? ""] + (c["alt_anchors"] as? [String] ?? []),
                type: c["type"] as? String ?? "", by: c["by"] as? [String] ?? [], topics: topics,
                borderline: c["borderline"] as? Bool ?? false))
        }
        return GoldCase(id: id, article: article, parties: g["parties"] as? [String] ?? [], items: items,
                        nonCommitments: g["non_commitments"] as? [String] ?? [], raw: g)
    }
}

/// The matching rules of ../shared/eval/score.py, in Swift.
struct GoldScore {
    var right = 0, predicted = 0, found = 0, gold = 0, strict = 0
    /// What went wrong, one line per gold item, for the test log.
    var misses: [String] = []

    static func norm(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in s.precomposedStringWithCompatibilityMapping.unicodeScalars {
            switch scalar.value {
            case 0x064B...0x0652, 0x0670, 0x0640: continue
            case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB, 0x22, 0x2018, 0x2019, 0x27: continue
            default: break
            }
            if scalar.properties.isWhitespace { space = true; continue }
            if space, !out.isEmpty { out.append(" ") }
            space = false
            out.append(scalar)
        }
        return String(out)
    }

    mutating func add(_ goldCase: GoldCase, _ extraction: Extraction) {
        let texts = extraction.commitments.map { Self.norm($0.text) }
        let items = goldCase.items.filter { !$0.borderline }
        let borderline = goldCase.items.filter(\.borderline).flatMap(\.anchors).map(Self.norm)
        let every = items.flatMap(\.anchors).map(Self.norm)
        for item in items {
            let anchors = item.anchors.map(Self.norm)
            guard let index = texts.firstIndex(where: { t in anchors.contains { t.contains($0) } }) else {
                misses.append("\(goldCase.id): '\(item.anchors[0])' not found")
                continue
            }
            found += 1
            let c = extraction.commitments[index]
            var goldBy = Set(item.by.map { $0.uppercased() })
            if goldBy == ["ALL"] { goldBy = Set(goldCase.parties) }
            let predictedBy = Set(c.by.map(\.rawValue))
            let overlap = !Set(item.topics).isDisjoint(with: c.topics.map(\.rawValue)) || (item.topics.isEmpty && c.topics.isEmpty)
            if c.type.rawValue == item.type, goldBy == predictedBy, overlap {
                strict += 1
            } else {
                misses.append("\(goldCase.id): '\(item.anchors[0])' wants \(item.type) \(goldBy.sorted()) \(item.topics), got \(c.type.rawValue) \(predictedBy.sorted()) \(c.topics.map(\.rawValue))")
            }
        }
        let judged = texts.filter { t in every.contains { t.contains($0) } || !borderline.contains { t.contains($0) } }
        right += judged.filter { t in every.contains { t.contains($0) } }.count
        for t in judged where !every.contains(where: { t.contains($0) }) { misses.append("\(goldCase.id): extra '\(t.prefix(80))'") }
        predicted += judged.count
        gold += items.count
    }

    var precision: Double { predicted == 0 ? (gold == 0 ? 1 : 0) : Double(right) / Double(predicted) }
    var recall: Double { gold == 0 ? 1 : Double(found) / Double(gold) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var strictF1: Double {
        let sr = gold == 0 ? 0 : Double(strict) / Double(gold)
        return precision + sr == 0 ? 0 : 2 * precision * sr / (precision + sr)
    }
    var summary: String {
        String(format: "P %.3f R %.3f F1 %.3f strict-F1 %.3f (%d/%d found, %d extracted)", precision, recall, f1, strictF1, found, gold, predicted)
    }
}
