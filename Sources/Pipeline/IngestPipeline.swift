import Foundation
import Ingestion
import Model
import Storage

/// Reads and extracts articles on a background thread while the caller
/// writes the previous batch to the archive, so that extraction and SQLite
/// commits use both cores. Batches come out in input order.
///
/// Extraction is pure and shared out an article at a time: the reading
/// thread extracts the batches it has read, `extractionThreads − 1` more
/// threads help it, and so does the caller whenever it waits in `next()`
/// for a batch that is not ready. On two cores one extraction thread plus
/// the waiting writer keeps both cores busy without a third thread taking
/// CPU from the writer (see BENCHMARKS.md).
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
        sources: [InputSource], options: ReadOptions, known: [String: Int64], batchSize: Int, overlap: Bool = true,
        extractionThreads: Int = 1, afterReading: (@Sendable () -> Void)? = nil
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
                source.read(options: options) { label, result in
                    switch result {
                    case let .failure(error):
                        batch.append(PendingArticle(label: label, state: .failed(error.localizedDescription)))
                    case var .success(article):
                        let hash = Archive.contentHash(of: article.text)
                        if let statementID = seen[hash] {
                            batch.append(PendingArticle(label: label, state: .duplicate(statementID: statementID, contentHash: hash)))
                        } else if let refusal = LanguageCheck.settle(&article) {
                            batch.append(PendingArticle(label: label, state: .failed(refusal.localizedDescription)))
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
}
