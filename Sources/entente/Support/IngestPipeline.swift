import Foundation
import Ingestion
import Model
import Storage

/// One article on its way into the archive.
struct PreparedArticle: Sendable {
    enum State: Sendable {
        /// Extracted, with the content hash computed on reading to skip known
        /// texts, and the fingerprint near-copy detection compares.
        case ready(Article, Extraction, contentHash: String, fingerprint: ReportFingerprint)
        /// The same text as an archived article, or (statement nil) as an
        /// earlier article of this run, whose statement is known once it is written.
        case duplicate(statementID: Int64?, contentHash: String)
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
/// Extraction is pure and shared out an article at a time: the reading
/// thread extracts the batches it has read, `extractionThreads − 1` more
/// threads help it, and so does the caller whenever it waits in `next()`
/// for a batch that is not ready. On two cores one extraction thread plus
/// the waiting writer keeps both cores busy without a third thread taking
/// CPU from the writer: a second extraction thread made 10,000 articles
/// slower (3.53–3.88 s against 3.41–3.67 s), while the writer, which used
/// to sit idle for about a fifth of the run, now extracts in that time.
///
/// Without `overlap` the background thread only works while the caller
/// waits in `next()`, and the caller does not extract: extraction and
/// writing take turns. The benchmark uses it to measure what the overlap gains.
final class IngestPipeline: @unchecked Sendable {
    /// Guards everything below it, jobs' claims and results included.
    private let condition = NSCondition()
    /// Batches read and not yet handed to the caller, oldest first.
    private var queue: [Job] = []
    private var finished = false
    /// Batches read ahead of the caller at most.
    private let capacity = 2
    private let overlap: Bool
    /// Batches the caller is waiting for (used without overlap).
    private var requested = 0

    /// Starts producing batches of about `batchSize` articles from `sources`.
    /// `known` maps content hashes already archived to their statements, so
    /// that re-ingesting skips extraction.
    /// - Parameter afterReading: called on the reading thread once every
    ///   article is read and being extracted, when more than one batch was
    ///   read (so the writer has committed some): the reading thread's core
    ///   is free from then on while the writer commits the last batches.
    init(
        sources: [InputSource], overrides: ArticleMetadata, known: [String: Int64], batchSize: Int, overlap: Bool = true,
        extractionThreads: Int = 1, chunkSize: Int = IngestPipeline.chunkSize,
        maxArticleBytes: Int = IngestPipeline.defaultMaxArticleBytes, afterReading: (@Sendable () -> Void)? = nil
    ) {
        self.overlap = overlap
        let extractor = Extractor()
        helperExtractor = overlap ? extractor : nil
        let thread = Thread { [self] in
            awaitTurn()
            // Reading and de-duplication stay in input order on this thread;
            // only extraction is shared.
            var batch: [PendingArticle] = []
            var batches = 0
            var seen: [String: Int64?] = known
            for source in sources {
                Self.read(source, overrides: overrides, chunkSize: chunkSize, maxArticleBytes: maxArticleBytes) { label, result in
                    switch result {
                    case let .failed(message):
                        batch.append(PendingArticle(label: label, state: .failed(message)))
                    case var .article(article):
                        if let refusal = Self.sizeRefusal(article.text.utf8.count, limit: maxArticleBytes) {
                            batch.append(PendingArticle(label: label, state: .failed(refusal)))
                            break
                        }
                        let hash = Archive.contentHash(of: article.text)
                        if let statementID = seen[hash] {
                            batch.append(PendingArticle(label: label, state: .duplicate(statementID: statementID, contentHash: hash)))
                        } else if let refusal = LanguageCheck.settle(&article) {
                            batch.append(PendingArticle(label: label, state: .failed(refusal)))
                        } else {
                            seen[hash] = .some(nil)  // a second copy in this run: see `.duplicate`
                            batch.append(PendingArticle(label: label, article: article, contentHash: hash))
                        }
                    }
                    if batch.count >= batchSize {
                        push(Job(batch), extractor: extractor)
                        batches += 1
                        batch = []
                        awaitTurn()
                    }
                }
            }
            if !batch.isEmpty {
                push(Job(batch), extractor: extractor)
                batches += 1
            }
            // Before `finished`: the caller closes the archive once the last
            // batch is taken, and this checkpoint must not outlive it.
            if batches > 1, overlap { afterReading?() }
            condition.lock()
            finished = true
            condition.broadcast()
            condition.unlock()
        }
        thread.stackSize = Self.stackSize
        thread.start()
        for _ in 1..<max(1, extractionThreads) {
            let helper = Thread { [self] in
                condition.lock()
                while true {
                    if let (job, index) = claim() {
                        extract(job, index, with: extractor)
                    } else if finished {
                        break
                    } else {
                        condition.wait()
                    }
                }
                condition.unlock()
            }
            helper.stackSize = Self.stackSize
            helper.start()
        }
    }

    /// The caller's extractor while it waits; nil without overlap.
    private let helperExtractor: Extractor?

    /// Extraction recurses deeply on long articles.
    private static let stackSize = 8 << 20

    /// The next batch, or nil when every input has been read.
    func next() -> [PreparedArticle]? {
        condition.lock()
        defer { condition.unlock() }
        if !overlap, queue.isEmpty, !finished {
            requested += 1
            condition.broadcast()
        }
        while true {
            if let job = queue.first, job.remaining == 0 {
                queue.removeFirst()
                condition.broadcast()
                return job.prepared()
            }
            if queue.isEmpty, finished { return nil }
            if let extractor = helperExtractor, let (job, index) = claim() {
                extract(job, index, with: extractor)
            } else {
                condition.wait()
            }
        }
    }

    /// A batch on its way: read, being extracted an article at a time by
    /// whichever thread claims it. Its mutable state is guarded by the
    /// pipeline's lock.
    final class Job {
        let batch: [PendingArticle]
        var states: [PreparedArticle.State?]
        /// Indices of the articles to extract, in order.
        let work: [Int]
        /// How many of `work` have been claimed.
        var claimed = 0
        /// How many of `work` are not extracted yet.
        var remaining: Int

        init(_ batch: [PendingArticle]) {
            self.batch = batch
            states = batch.map(\.state)
            work = batch.indices.filter { batch[$0].article != nil }
            remaining = work.count
        }

        func prepared() -> [PreparedArticle] {
            zip(batch, states).map { PreparedArticle(label: $0.label, state: $1!) }
        }
    }

    /// The oldest article nobody has claimed yet, claimed; call with the lock held.
    private func claim() -> (Job, Int)? {
        for job in queue where job.claimed < job.work.count {
            defer { job.claimed += 1 }
            return (job, job.work[job.claimed])
        }
        return nil
    }

    /// Extracts a claimed article outside the lock; call with the lock held.
    private func extract(_ job: Job, _ index: Int, with extractor: Extractor) {
        let pending = job.batch[index]
        condition.unlock()
        let extraction = extractor.extract(pending.article!)
        let state = PreparedArticle.State.ready(
            pending.article!, extraction, contentHash: pending.contentHash, fingerprint: ReportFingerprint(text: extraction.text))
        condition.lock()
        job.states[index] = state
        job.remaining -= 1
        if job.remaining == 0 { condition.broadcast() }
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

    /// Without overlap, waits until the caller asks for a batch.
    private func awaitTurn() {
        guard !overlap else { return }
        condition.lock()
        while requested == 0 { condition.wait() }
        requested -= 1
        condition.unlock()
    }

    /// Queues a batch once there is room, then extracts on this thread
    /// until no article is left unclaimed, so that reading the next batch
    /// waits for this one's extraction only as long as others are helping.
    private func push(_ job: Job, extractor: Extractor) {
        condition.lock()
        while queue.count >= capacity {
            if let (claimedJob, index) = claim() { extract(claimedJob, index, with: extractor) } else { condition.wait() }
        }
        queue.append(job)
        condition.broadcast()
        while let (claimedJob, index) = claim() { extract(claimedJob, index, with: extractor) }
        condition.unlock()
    }

    /// Calls `body` with the articles of one source in order, each with its
    /// label, or why it failed.
    static func read(
        _ source: InputSource, overrides: ArticleMetadata, chunkSize: Int = chunkSize,
        maxArticleBytes: Int = defaultMaxArticleBytes, _ body: (String, ReadResult) -> Void
    ) {
        let data: Data
        switch source {
        case .standardInput:
            data = FileHandle.standardInput.readDataToEndOfFile()
        case let .jsonLines(path):
            readJSONLines(path, chunkSize: chunkSize, body)
            return
        case let .plainText(path):
            // Refused before it is read: the limit is there to bound memory.
            var status = stat()
            if stat(path, &status) == 0, let refusal = sizeRefusal(Int(status.st_size), limit: maxArticleBytes) {
                body(path, .failed(refusal))
                return
            }
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

    /// The largest article ingested unless `--max-article-size` says
    /// otherwise: 5 MiB, hundreds of times a long communiqué. Extraction
    /// holds several copies of an article's text and its words, so memory
    /// grows many times faster than the article.
    static let defaultMaxArticleBytes = 5 << 20

    /// Why an article of `size` bytes is refused, or nil when it is not.
    static func sizeRefusal(_ size: Int, limit: Int) -> String? {
        guard size > limit else { return nil }
        let megabytes = (size + (1 << 20) - 1) >> 20
        return "the article is \(megabytes) MB, over the limit of \(limit >> 20) MB per article; give --max-article-size \(megabytes) to ingest it"
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
        var first = true
        let readable = forEachRawChunk(path, size: chunkSize) { bytes in
            // Read a chunk at a time, a UTF-16 file would be cut mid-character:
            // it is refused by name rather than as binary.
            if first, bytes.count >= 2, (bytes[0], bytes[1]) == (0xFF, 0xFE) || (bytes[0], bytes[1]) == (0xFE, 0xFF) {
                problem = .utf16
            } else if memchr(bytes.baseAddress!, 0, bytes.count) != nil {
                problem = first && ArticleReader.looksLikeUTF16(Data(buffer: bytes)) ? .utf16 : .binary
            } else if (try? UTF8Span(validating: Span(_unsafeElements: bytes))) == nil {
                problem = .notUTF8
            } else if !sawLine {
                sawLine = String(decoding: bytes, as: UTF8.self).contains { !$0.isWhitespace && $0 != "\u{FEFF}" }
            }
            first = false
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
    /// line break (or the file's end), until it returns false, read into one
    /// buffer with read(2): the checking pass needs no `Data`, and copying
    /// each piece three times made it 66 ms of a 10,000-article ingest,
    /// during which nothing else could start. False when the file cannot be
    /// opened or read.
    static func forEachRawChunk(_ path: String, size: Int = chunkSize, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { Glibc.close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: max(size, 1))
        // Bytes of `buffer` read and not yet handed to `body`.
        var pending = 0
        while true {
            if pending == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
            let count = buffer.withUnsafeMutableBytes { raw in Glibc.read(descriptor, raw.baseAddress! + pending, raw.count - pending) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return false }
            if count == 0 { break }
            let end = pending + count
            let handedOn: Int? = buffer.withUnsafeBufferPointer { bytes in
                // From the piece just read: earlier bytes held no line break.
                guard let lastBreak = (pending..<end).last(where: { bytes[$0] == 0x0A }) else { return 0 }
                return body(UnsafeBufferPointer(rebasing: bytes[...lastBreak])) ? lastBreak + 1 : nil
            }
            guard let handedOn else { return true }
            if handedOn > 0 {
                buffer.withUnsafeMutableBufferPointer { bytes in
                    _ = memmove(bytes.baseAddress!, bytes.baseAddress! + handedOn, end - handedOn)
                }
            }
            pending = end - handedOn
        }
        if pending > 0 { _ = buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<pending])) } }
        return true
    }

    /// ``forEachRawChunk(_:size:_:)`` with each piece copied into `Data`,
    /// which the article reader takes.
    static func forEachChunk(_ path: String, size: Int = chunkSize, _ body: (Data) -> Bool) -> Bool {
        forEachRawChunk(path, size: size) { body(Data(buffer: $0)) }
    }
}

/// An input read as an article, or the one-line reason it could not be.
enum ReadResult {
    case article(Article)
    case failed(String)
}
