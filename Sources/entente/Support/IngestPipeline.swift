import Foundation
import Ingestion
import Model
import Storage

/// One article on its way into the archive.
struct PreparedArticle: Sendable {
    enum State: Sendable {
        /// Extracted, with the content hash computed on reading to skip known texts.
        case ready(Article, Extraction, contentHash: String)
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
/// Within a batch, articles are extracted on `extractionThreads` threads at
/// once (`entente ingest` gives one per core): extraction is pure and the
/// largest part of ingest. Two threads once took 2.1× the CPU of one, when
/// every lexicon look-up retained shared storage; since the extractor reads
/// its lexicons without retaining, they cost the same CPU as one, and at
/// 10,000 articles ingest takes 5.65 s on two against 6.65 s on one.
///
/// Without `overlap` the background thread only works while the caller
/// waits in `next()`: extraction and writing take turns.
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
    init(
        sources: [InputSource], overrides: ArticleMetadata, known: [String: Int64], batchSize: Int, overlap: Bool = true,
        extractionThreads: Int = 1, chunkSize: Int = IngestPipeline.chunkSize
    ) {
        self.overlap = overlap
        let thread = Thread { [self] in
            awaitTurn()
            // Reading and de-duplication stay in input order on this thread;
            // only extraction fans out.
            var batch: [PendingArticle] = []
            var seen = known
            let extractor = Extractor()
            for source in sources {
                Self.read(source, overrides: overrides, chunkSize: chunkSize) { label, result in
                    switch result {
                    case let .failed(message):
                        batch.append(PendingArticle(label: label, state: .failed(message)))
                    case let .article(article):
                        let hash = Archive.contentHash(of: article.text)
                        if let statementID = seen[hash] {
                            batch.append(PendingArticle(label: label, state: .duplicate(statementID: statementID)))
                        } else {
                            seen[hash] = -1  // a second copy in this run is written as a duplicate by the archive
                            batch.append(PendingArticle(label: label, article: article, contentHash: hash))
                        }
                    }
                    if batch.count >= batchSize {
                        push(Self.extract(batch, with: extractor, threads: extractionThreads))
                        batch = []
                        awaitTurn()
                    }
                }
            }
            if !batch.isEmpty { push(Self.extract(batch, with: extractor, threads: extractionThreads)) }
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

    /// An article read, waiting for extraction (or already settled).
    struct PendingArticle {
        let label: String
        var article: Article?
        var contentHash = ""
        var state: PreparedArticle.State?

        init(label: String, article: Article, contentHash: String) {
            self.label = label
            self.article = article
            self.contentHash = contentHash
        }

        init(label: String, state: PreparedArticle.State) {
            self.label = label
            self.state = state
        }
    }

    /// Extracts the batch's articles on up to `threads` threads; the
    /// batch keeps its order.
    static func extract(_ batch: [PendingArticle], with extractor: Extractor, threads: Int) -> [PreparedArticle] {
        var states = batch.map(\.state)
        let work = batch.indices.filter { batch[$0].article != nil }
        if threads <= 1 || work.count <= 1 {
            for index in work {
                let article = batch[index].article!
                states[index] = .ready(article, extractor.extract(article), contentHash: batch[index].contentHash)
            }
        } else {
            states.withUnsafeMutableBufferPointer { results in
                // Each index is written by exactly one iteration.
                nonisolated(unsafe) let results = results
                DispatchQueue.concurrentPerform(iterations: work.count) { position in
                    let index = work[position]
                    let article = batch[index].article!
                    results[index] = .ready(article, extractor.extract(article), contentHash: batch[index].contentHash)
                }
            }
        }
        return zip(batch, states).map { PreparedArticle(label: $0.label, state: $1!) }
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

    /// Calls `body` with the articles of one source in order, each with its
    /// label, or why it failed.
    static func read(
        _ source: InputSource, overrides: ArticleMetadata, chunkSize: Int = chunkSize, _ body: (String, ReadResult) -> Void
    ) {
        let data: Data
        switch source {
        case .standardInput:
            data = FileHandle.standardInput.readDataToEndOfFile()
        case let .jsonLines(path):
            readJSONLines(path, chunkSize: chunkSize, body)
            return
        case let .plainText(path):
            guard let contents = FileManager.default.contents(atPath: path) else {
                body(path, .failed("cannot be read (check its permissions)"))
                return
            }
            data = contents
        }
        do {
            body(source.label, .article(try ArticleReader.plainText(data, overrides: overrides)))
        } catch {
            body(source.label, .failed(error.localizedDescription))
        }
    }

    /// Bytes of a `.jsonl` file read and parsed at a time (by default).
    static let chunkSize = 1 << 20

    /// A `.jsonl` file, streamed: read whole, a 450 MB stream held its bytes,
    /// its text, its lines and every article at once (peak RSS grew with
    /// the file; ~200 MB at 10,000 articles). It is read in chunks that end
    /// at a line break, so memory stays flat. A first pass checks the whole
    /// file as before (binary, invalid UTF-8, no article at all), so a bad
    /// file still fails whole, before any of its lines is archived.
    static func readJSONLines(_ path: String, chunkSize: Int = chunkSize, _ body: (String, ReadResult) -> Void) {
        // First pass: the checks `ArticleReader.text(from:)` makes on the
        // whole file, with the standard library's fast validator (running the
        // reader twice per chunk made ingest 50% slower).
        var problem: IngestionError?
        var sawLine = false
        let readable = forEachChunk(path, size: chunkSize) { chunk in
            chunk.withUnsafeBytes { bytes in
                if memchr(bytes.baseAddress!, 0, bytes.count) != nil {
                    problem = .binary
                } else if String(validating: bytes, as: UTF8.self) == nil {
                    problem = .notUTF8
                } else if !sawLine {
                    sawLine = String(decoding: bytes, as: UTF8.self).contains { !$0.isWhitespace && $0 != "\u{FEFF}" }
                }
            }
            return problem == nil
        }
        guard readable else { return body(path, .failed("cannot be read (check its permissions)")) }
        if let problem { return body(path, .failed(problem.localizedDescription)) }
        guard sawLine else { return body(path, .failed(IngestionError.empty.localizedDescription)) }

        var lineOffset = 0
        _ = forEachChunk(path, size: chunkSize) { chunk in
            do {
                for (line, entry) in try ArticleReader.numberedJSONLines(chunk) {
                    switch entry {
                    case let .success(article): body("\(path):\(lineOffset + line)", .article(article))
                    case let .failure(error): body("\(path):\(lineOffset + line)", .failed(error.localizedDescription))
                    }
                }
            } catch {
                body(path, .failed(error.localizedDescription))
                return false
            }
            lineOffset += lineBreaks(in: chunk)
            return true
        }
    }

    /// Line breaks as the reader counts them after normalising line ends:
    /// `\n`, `\r\n` and a lone `\r` are one each.
    static func lineBreaks(in chunk: Data) -> Int {
        chunk.withUnsafeBytes { bytes in
            var count = 0
            var previous: UInt8 = 0
            for byte in bytes {
                if byte == 0x0A, previous != 0x0D { count += 1 }
                if byte == 0x0D { count += 1 }
                previous = byte
            }
            return count
        }
    }

    /// Calls `body` with consecutive pieces of the file, each ending at a
    /// line break (or the file's end), until it returns false. False when
    /// the file cannot be opened.
    static func forEachChunk(_ path: String, size: Int = chunkSize, _ body: (Data) -> Bool) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        var pending = Data()
        while true {
            let piece = (try? handle.read(upToCount: size)) ?? nil
            guard let piece, !piece.isEmpty else { break }
            pending.append(piece)
            guard let lastBreak = pending.lastIndex(of: 0x0A) else { continue }
            let chunk = pending[pending.startIndex...lastBreak]
            guard body(Data(chunk)) else { return true }
            pending = Data(pending[pending.index(after: lastBreak)...])
        }
        if !pending.isEmpty { _ = body(pending) }
        return true
    }
}

/// An input read as an article, or the one-line reason it could not be.
enum ReadResult {
    case article(Article)
    case failed(String)
}
