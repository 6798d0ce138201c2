import ArgumentParser
import Foundation
import Ingestion
import Model
import Pipeline

/// `entente ingest PATH...`: read, extract and archive articles.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Extract and archive articles from files, folders or standard input.",
        discussion: """
            PATH is a .txt or .md article (optionally starting with a front-matter block: ---, then \
            \(ArticleField.allCases.map(\.key).joined(separator: "/")): value lines, then ---), a .jsonl file with one \
            {"text": …, \(ArticleField.allCases.map { "\"\($0.key)\"" }.joined(separator: ", "))} object per line \
            ("html": a saved page, in place of "text"), a saved web page (.html, .htm: its main text and metadata), \
            a folder (searched recursively for those), or - for standard input. Each article is stored atomically; \
            the same text twice is stored once. On a terminal a progress line shows instead of a line per article \
            (--verbose brings them back); failures are always reported. Exit status: 0 when every article is archived \
            or already there, 1 when any failed (the others are kept), 74 when standard output could not be written \
            (every article is still archived, and the summary goes to standard error).
            """)

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String]

    @OptionGroup var article: ArticleOptions

    @Option(help: ArgumentHelp("The largest article to ingest, in megabytes (MiB); larger ones are refused. (default: 5)", valueName: "MB"))
    var maxArticleSize: Int?

    @Flag(help: "A line per article even on a terminal.")
    var verbose = false

    @Option(help: ArgumentHelp("Articles per transaction.", visibility: .hidden))
    var batchSize = Ingest.defaultBatchSize

    @Flag(help: ArgumentHelp("Extract and write in turn instead of at the same time (for benchmarks).", visibility: .hidden))
    var noOverlap = false

    @Option(help: ArgumentHelp("Threads extracting at once (default: one per core but the writer's, at most 4).", visibility: .hidden))
    var extractionThreads = Ingest.defaultExtractionThreads

    @Option(help: ArgumentHelp("Bytes of a .jsonl file read at a time (for tests).", visibility: .hidden))
    var readChunkSize = ReadOptions.defaultChunkSize

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one file, folder, or - for standard input") }
        guard batchSize > 0 else { throw ValidationError("--batch-size must be positive") }
        guard extractionThreads > 0 else { throw ValidationError("--extraction-threads must be positive") }
        guard readChunkSize > 0 else { throw ValidationError("--read-chunk-size must be positive") }
        if let maxArticleSize, !(1...4096).contains(maxArticleSize) {
            throw ValidationError("--max-article-size must be a number of megabytes from 1 to 4096")
        }
        if !article.isEmpty {
            var isDirectory: ObjCBool = false
            guard paths.count == 1,
                  paths[0] == "-" || !(FileManager.default.fileExists(atPath: paths[0], isDirectory: &isDirectory) && isDirectory.boolValue),
                  InputFormats.format(forPath: paths[0])?.holdsOneArticle ?? true
            else {
                throw ValidationError("\(ArticleOptions.names) describe one article: give a single file holding one article, or -")
            }
        }
    }

    func run() throws {
        let (sources, problems) = ArticleInput.sources(paths)
        for (path, problem) in problems { Output.error("\(path): failed: \(problem.localizedDescription)") }
        guard !sources.isEmpty else {
            throw CommandError("nothing to ingest; the archive was not touched")
        }
        var ingest = Ingest(sources: sources, options: ReadOptions(
            overrides: try article.metadata(), maxArticleBytes: maxArticleSize.map { $0 << 20 } ?? ReadOptions.defaultMaxArticleBytes,
            chunkSize: readChunkSize))
        ingest.batchSize = batchSize
        ingest.overlap = !noOverlap
        ingest.extractionThreads = extractionThreads

        let archive = try archive.openForWriting()
        let terminal = isatty(STDERR_FILENO) == 1
        let progress = ProgressLine(enabled: terminal, total: terminal ? sources.reduce(0) { $0 + $1.estimatedArticleCount } : 0)
        let report = IngestReport()
        var done = problems.count
        let tally = try CommandError.wrap {
            try ingest.run(into: archive) { events in
                done += events.count
                progress.clear()
                report.say(events, lines: verbose || !terminal)
                progress.show(done: done)
            }
        }
        progress.clear()
        // The log folded back: the archive file alone is the whole archive.
        try CommandError.wrap { try archive.close() }
        let failed = tally.failed + problems.count
        report.summarize("\(tally.archived) archived (\(tally.commitments) commitments), \(tally.alreadyArchived) already archived, \(failed) failed — \(archive.path)")
        if failed > 0 { throw ExitCode(1) }
        try report.finish()
    }
}
