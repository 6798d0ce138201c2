import Foundation
import Ingestion
import Model
import Storage

/// One article on its way into the archive.
struct PreparedArticle: Sendable {
    enum State: Sendable {
        case ready(Article, Extraction)
        case duplicate(statementID: Int64)
        case failed(String)
    }

    /// Where it came from: a path, or `path:line` for a JSON line.
    let label: String
    let state: State
}

/// Reads and extracts articles on a background thread while the caller
/// writes the previous batch to the archive, so that extraction and SQLite
/// commits use both cores. Batches come out in input order.
///
/// Without `overlap` the background thread only works while the caller
/// waits in `next()`: extraction and writing take turns, as on one core.
/// The benchmark uses it to measure what the overlap gains.
final class IngestPipeline: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [[PreparedArticle]] = []
    private var finished = false
    private let capacity = 2
    private let overlap: Bool
    /// Batches the caller is waiting for (used without overlap).
    private var requested = 0

    /// Starts producing batches of about `batchSize` articles from `sources`.
    /// `known` maps content hashes already archived to their statements, so
    /// that re-ingesting skips extraction.
    init(sources: [InputSource], overrides: ArticleMetadata, known: [String: Int64], batchSize: Int, overlap: Bool = true) {
        self.overlap = overlap
        let thread = Thread { [self] in
            awaitTurn()
            var batch: [PreparedArticle] = []
            var seen = known
            let extractor = Extractor()
            for source in sources {
                for (label, result) in Self.read(source, overrides: overrides) {
                    switch result {
                    case let .failed(message):
                        batch.append(PreparedArticle(label: label, state: .failed(message)))
                    case let .article(article):
                        let hash = Archive.contentHash(of: article.text)
                        if let statementID = seen[hash] {
                            batch.append(PreparedArticle(label: label, state: .duplicate(statementID: statementID)))
                        } else {
                            seen[hash] = -1  // a second copy in this run is written as a duplicate by the archive
                            batch.append(PreparedArticle(label: label, state: .ready(article, extractor.extract(article))))
                        }
                    }
                    if batch.count >= batchSize {
                        push(batch)
                        batch = []
                        awaitTurn()
                    }
                }
            }
            if !batch.isEmpty { push(batch) }
            condition.lock()
            finished = true
            condition.broadcast()
            condition.unlock()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The next batch, or nil when every input has been read.
    func next() -> [PreparedArticle]? {
        condition.lock()
        defer { condition.unlock() }
        if !overlap, queue.isEmpty, !finished {
            requested += 1
            condition.broadcast()
        }
        while queue.isEmpty && !finished { condition.wait() }
        guard !queue.isEmpty else { return nil }
        let batch = queue.removeFirst()
        condition.broadcast()
        return batch
    }

    /// Without overlap, waits until the caller asks for a batch.
    private func awaitTurn() {
        guard !overlap else { return }
        condition.lock()
        while requested == 0 { condition.wait() }
        requested -= 1
        condition.unlock()
    }

    private func push(_ batch: [PreparedArticle]) {
        condition.lock()
        while queue.count >= capacity { condition.wait() }
        queue.append(batch)
        condition.broadcast()
        condition.unlock()
    }

    /// The articles of one source, each with its label, or why it failed.
    static func read(_ source: InputSource, overrides: ArticleMetadata) -> [(String, ReadResult)] {
        let data: Data
        switch source {
        case .standardInput:
            data = FileHandle.standardInput.readDataToEndOfFile()
        case let .plainText(path), let .jsonLines(path):
            guard let contents = FileManager.default.contents(atPath: path) else {
                return [(path, .failed("cannot be read (check its permissions)"))]
            }
            data = contents
        }
        switch source {
        case .standardInput, .plainText:
            do {
                return [(source.label, .article(try ArticleReader.plainText(data, overrides: overrides)))]
            } catch {
                return [(source.label, .failed(error.localizedDescription))]
            }
        case let .jsonLines(path):
            do {
                let entries = try ArticleReader.numberedJSONLines(data)
                if entries.isEmpty { return [(path, .failed(IngestionError.empty.localizedDescription))] }
                return entries.map { line, entry in
                    switch entry {
                    case let .success(article): return ("\(path):\(line)", .article(article))
                    case let .failure(error): return ("\(path):\(line)", .failed(error.localizedDescription))
                    }
                }
            } catch {
                return [(path, .failed(error.localizedDescription))]
            }
        }
    }
}

/// An input read as an article, or the one-line reason it could not be.
enum ReadResult {
    case article(Article)
    case failed(String)
}
