import Foundation

/// Writes a generated corpus as one `.jsonl` stream, or as a folder of
/// `.txt` articles (60% with front matter) in which every fifth article goes
/// to a `wires-NNN.jsonl` file instead, as agencies deliver them.
enum CorpusWriter {
    struct Summary {
        var articles = 0
        var commitments = 0
        var textBytes = 0
    }

    /// Writes `count` articles from `seed` to `output`: a path ending in
    /// `.jsonl` is a stream, anything else a folder (created).
    @discardableResult
    static func write(count: Int, seed: UInt64, reportShare: Int = 0, to output: String) throws -> Summary {
        var summary = Summary()
        if output.hasSuffix(".jsonl") {
            let stream = try OutputFile(path: output)
            for article in CorpusGenerator(count: count, seed: seed, reportShare: reportShare) {
                try stream.write(article.jsonLine + "\n")
                summary.add(article)
            }
            try stream.close()
            return summary
        }
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        var shard: OutputFile?
        var shardLines = 0
        var shardNumber = 0
        for article in CorpusGenerator(count: count, seed: seed, reportShare: reportShare) {
            summary.add(article)
            if article.number % 5 == 0 {
                if shard == nil || shardLines == 1_000 {
                    try shard?.close()
                    shardNumber += 1
                    shard = try OutputFile(path: output + "/wires-\(String(format: "%03d", shardNumber)).jsonl")
                    shardLines = 0
                }
                try shard!.write(article.jsonLine + "\n")
                shardLines += 1
            } else {
                let file = try OutputFile(path: output + "/" + article.fileName)
                try file.write(article.fileContents)
                try file.close()
            }
        }
        try shard?.close()
        return summary
    }
}

extension CorpusWriter.Summary {
    mutating func add(_ article: GeneratedArticle) {
        articles += 1
        commitments += article.commitments.count
        textBytes += article.text.utf8.count
    }
}

/// A file written through stdio's buffer.
final class OutputFile {
    private let handle: UnsafeMutablePointer<FILE>
    private let path: String

    init(path: String) throws {
        guard let handle = fopen(path, "wb") else { throw BenchError("cannot write \(path): \(String(cString: strerror(errno)))") }
        self.handle = handle
        self.path = path
    }

    func write(_ text: String) throws {
        var text = text
        let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, handle) }
        guard written == text.utf8.count else { throw BenchError("cannot write \(path)") }
    }

    func close() throws {
        guard fclose(handle) == 0 else { throw BenchError("cannot write \(path)") }
    }
}
