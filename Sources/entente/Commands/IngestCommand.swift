import ArgumentParser
import Foundation
import Ingestion
import Model
import Storage

/// `entente ingest PATH...`: read, extract and archive articles.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        _superCommandName: Entente.name,
        abstract: "Extract and archive articles from files, folders or standard input.",
        discussion: """
            PATH is a .txt or .md article (optionally starting with a front-matter block: ---, then \
            title/source/url/published/language: value lines, then ---), a .jsonl file with one \
            {"text": …, "title", "source", "url", "published", "language"} object per line, a folder \
            (searched recursively for those), or - for standard input. Each article is stored atomically; \
            the same text twice is stored once. Exit status: 0 when every article is archived or already \
            there, 1 when any failed (the others are kept), 74 when standard output could not be written \
            (every article is still archived, and the summary goes to standard error).
            """)

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String]

    @Option(help: "The article's title (one input only).")
    var title: String?
    @Option(help: "The outlet or agency (one input only).")
    var source: String?
    @Option(help: "The article's URL (one input only).")
    var url: String?
    @Option(help: "The publication date, YYYY-MM-DD (one input only).")
    var published: String?
    @Option(help: "The language: ar, en or fr (one input only).")
    var language: String?

    @Option(help: ArgumentHelp("The largest article to ingest, in megabytes (MiB); larger ones are refused. (default: 5)", valueName: "MB"))
    var maxArticleSize: Int?

    @Option(help: ArgumentHelp("Articles per transaction.", visibility: .hidden))
    var batchSize = 256

    @Flag(help: ArgumentHelp("Extract and write in turn instead of at the same time (for benchmarks).", visibility: .hidden))
    var noOverlap = false

    @Option(help: ArgumentHelp("Threads extracting at once (default: one per core but the writer's, at most 4).", visibility: .hidden))
    var extractionThreads = IngestCommand.defaultExtractionThreads

    /// One extraction thread per core but one, which the writer keeps:
    /// extraction and writing now cost about the same, and the writer, one
    /// thread, sets the pace. On two cores a second extraction thread only
    /// took CPU from it (10,000 articles: 3.12–3.39 s with one, 3.52–3.62 s
    /// with two). Past four, the writer would be the bottleneck anyway.
    static let defaultExtractionThreads = min(4, max(1, ProcessInfo.processInfo.activeProcessorCount - 1))

    @Option(help: ArgumentHelp("Bytes of a .jsonl file read at a time (for tests).", visibility: .hidden))
    var readChunkSize = IngestPipeline.chunkSize

    var hasMetadataFlags: Bool { [title, source, url, published, language].contains { $0 != nil } }

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one file, folder, or - for standard input") }
        guard batchSize > 0 else { throw ValidationError("--batch-size must be positive") }
        guard extractionThreads > 0 else { throw ValidationError("--extraction-threads must be positive") }
        guard readChunkSize > 0 else { throw ValidationError("--read-chunk-size must be positive") }
        if let maxArticleSize, !(1...4096).contains(maxArticleSize) {
            throw ValidationError("--max-article-size must be a number of megabytes from 1 to 4096")
        }
        if hasMetadataFlags {
            var isDirectory: ObjCBool = false
            guard paths.count == 1,
                  paths[0] == "-" || !(FileManager.default.fileExists(atPath: paths[0], isDirectory: &isDirectory) && isDirectory.boolValue),
                  !paths[0].lowercased().hasSuffix(".jsonl")
            else {
                throw ValidationError("--title, --source, --url, --published and --language describe one article: give a single .txt/.md file or -")
            }
        }
        if let published { _ = try ValidationError.wrap { try ArticleMetadata.date(published) } }
        if let language { _ = try ValidationError.wrap { try ArticleMetadata.language(language) } }
    }

    func run() throws {
        let overrides = ArticleMetadata(
            title: title, source: source, url: url,
            published: try published.map(ArticleMetadata.date), language: try language.map(ArticleMetadata.language))
        let (sources, problems) = InputCollector.collect(paths)
        for (path, problem) in problems { Output.error("\(path): failed: \(problem)") }
        guard !sources.isEmpty else {
            throw CommandError("nothing to ingest; the archive was not touched")
        }

        let archive = try archive.openForWriting()
        let known = try CommandError.wrap { try archive.contentHashes() }
        // Once everything is read, the reading thread copies the committed
        // part of the log back into the archive while the writer finishes,
        // so that `close()` has less to copy (best effort: closing copies
        // whatever is left).
        let pipeline = IngestPipeline(sources: sources, overrides: overrides, known: known, batchSize: batchSize, overlap: !noOverlap,
            extractionThreads: extractionThreads, chunkSize: readChunkSize,
            maxArticleBytes: maxArticleSize.map { $0 << 20 } ?? IngestPipeline.defaultMaxArticleBytes,
            afterReading: { try? archive.checkpointCommittedPages() })
        let progress = Progress(enabled: isatty(STDERR_FILENO) == 1)
        let report = IngestReport()
        var tally = (archived: 0, already: 0, failed: problems.count, commitments: 0)
        // Statements written by this run, by content hash, for later copies of the same text.
        var written: [String: Int64] = [:]

        while let batch = pipeline.next() {
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
            var results = try CommandError.wrap {
                try archive.ingest(ready, contentHashes: hashes, fingerprints: fingerprints)
            }[...]
            var lines: [String] = []
            for item in batch {
                switch item.state {
                case .ready:
                    let hash = readyHashes.removeFirst()
                    switch results.removeFirst() {
                    case let .success(.archived(statementID, commitments)):
                        written[hash] = statementID
                        tally.archived += 1
                        tally.commitments += commitments
                        lines.append("\(item.label): archived as statement \(statementID) with \(commitments) commitment\(commitments == 1 ? "" : "s")")
                    case let .success(.alreadyArchived(statementID)):
                        tally.already += 1
                        lines.append("\(item.label): already archived (statement \(statementID))")
                    case let .failure(error):
                        tally.failed += 1
                        Output.error("\(item.label): failed: \(error.localizedDescription)")
                    }
                case let .duplicate(statementID, hash):
                    tally.already += 1
                    if let statementID = statementID ?? written[hash] {
                        lines.append("\(item.label): already archived (statement \(statementID))")
                    } else {
                        // The earlier copy failed to be written.
                        lines.append("\(item.label): the same text as an earlier article of this run")
                    }
                case let .failed(reason):
                    tally.failed += 1
                    Output.error("\(item.label): failed: \(reason)")
                }
            }
            progress.clear()
            if !lines.isEmpty { report.say(lines.joined(separator: "\n")) }
            progress.show("\(tally.archived + tally.already + tally.failed) articles read…")
        }
        progress.clear()
        // The log folded back: the archive file alone is the whole archive.
        try CommandError.wrap { try archive.close() }
        report.summarize("\(tally.archived) archived (\(tally.commitments) commitments), \(tally.already) already archived, \(tally.failed) failed — \(archive.path)")
        if tally.failed > 0 { throw ExitCode(1) }
        try report.finish()
    }
}

/// A one-line progress indicator on stderr, shown only on a terminal.
struct Progress {
    let enabled: Bool

    func show(_ text: String) {
        guard enabled else { return }
        _ = Output.writeAll(Array("\r\u{1B}[K\(text)".utf8), to: STDERR_FILENO)
    }

    func clear() {
        guard enabled else { return }
        _ = Output.writeAll(Array("\r\u{1B}[K".utf8), to: STDERR_FILENO)
    }
}
