import Foundation
import Ingestion
import Model
import Storage

/// Reads, extracts and archives inputs: the work of `entente ingest`,
/// without its printing. Articles are read and extracted on background
/// threads (``IngestPipeline``) while the caller's thread writes the
/// previous batch, one transaction per batch.
public struct Ingest {
    public var sources: [InputSource]
    public var options: ReadOptions
    /// Articles per transaction.
    public var batchSize = Ingest.defaultBatchSize
    /// Whether extraction and writing overlap (false: they take turns, for benchmarks).
    public var overlap = true
    public var extractionThreads = Ingest.defaultExtractionThreads

    public init(sources: [InputSource], options: ReadOptions = ReadOptions()) {
        self.sources = sources
        self.options = options
    }

    /// Articles per transaction by default. Each commit writes every page
    /// its batch changed to the log, and the archive's randomly keyed
    /// indexes (content hashes, near-copy bands, issuer-days) spread a
    /// batch's rows over more pages the larger the archive grows, so a
    /// larger batch writes fewer pages per article, and FTS5 makes one index
    /// segment per batch, so it makes and merges fewer. Past about 1,024 the
    /// batch's changed pages outgrow the writer's page cache
    /// (`Archive.configureWriter`) and it spills them (see BENCHMARKS.md).
    public static let defaultBatchSize = 1024

    /// One extraction thread per core but one, which the writer keeps: the
    /// writer, one thread, sets the pace, and on two cores a second
    /// extraction thread only takes CPU from it. Past four, the writer is
    /// the bottleneck anyway.
    public static let defaultExtractionThreads = min(4, max(1, ProcessInfo.processInfo.activeProcessorCount - 1))

    /// Archives every article of `sources` in `archive`, calling `report`
    /// with each article's outcome in input order, a batch at a time
    /// (`report` then returns before the next batch is written).
    /// Throws when the archive cannot be written; articles that fail do not.
    @discardableResult
    public func run(into archive: Archive, report: ([IngestEvent]) -> Void) throws -> IngestTally {
        let known = try archive.contentHashes()
        // Once everything is read, the reading thread copies the committed
        // part of the log back into the archive while the writer finishes,
        // so that closing has less to copy (best effort: closing copies
        // whatever is left).
        let pipeline = IngestPipeline(
            sources: sources, options: options, known: known, batchSize: batchSize, overlap: overlap,
            extractionThreads: extractionThreads, afterReading: { try? archive.checkpointCommittedPages() })
        var tally = IngestTally()
        // Statements written by this run, by content hash, for later copies of the same text.
        var written: [String: Int64] = [:]
        while let batch = pipeline.next() {
            let events = try write(batch, to: archive, written: &written)
            for event in events { tally.count(event) }
            report(events)
        }
        return tally
    }

    /// Writes the extracted articles of `batch` in one transaction; the outcome of each of its articles.
    func write(_ batch: [PreparedArticle], to archive: Archive, written: inout [String: Int64]) throws -> [IngestEvent] {
        var ready: [(article: Article, extraction: Extraction)] = []
        var hashes: [String] = []
        var fingerprints: [ReportFingerprint] = []
        for item in batch {
            guard case let .ready(article, extraction, hash, fingerprint) = item.state else { continue }
            ready.append((article, extraction))
            hashes.append(hash)
            fingerprints.append(fingerprint)
        }
        var readyHashes = hashes[...]
        var results = try archive.ingest(ready, contentHashes: hashes, fingerprints: fingerprints)[...]
        return batch.map { item in
            switch item.state {
            case .ready:
                let hash = readyHashes.removeFirst()
                switch results.removeFirst() {
                case let .success(.archived(statementID, commitments)):
                    written[hash] = statementID
                    return .archived(label: item.label, statementID: statementID, commitments: commitments)
                case let .success(.alreadyArchived(statementID)):
                    return .alreadyArchived(label: item.label, statementID: statementID)
                case let .failure(error):
                    return .failed(label: item.label, reason: error.localizedDescription)
                }
            case let .duplicate(statementID, hash):
                guard let statementID = statementID ?? written[hash] else { return .sameAsEarlier(label: item.label) }
                return .alreadyArchived(label: item.label, statementID: statementID)
            case let .failed(reason):
                return .failed(label: item.label, reason: reason)
            }
        }
    }
}
