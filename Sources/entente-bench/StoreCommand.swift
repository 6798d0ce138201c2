import ArgumentParser
import Foundation
import Model
import Storage

/// `entente-bench store`: archives the generated corpus with the
/// generator's own extractions through `Archive.ingest`, skipping the
/// extractor: the write path alone, for profiling it (callgrind, perf).
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Archive the generated corpus through the Storage API, without the extractor.")

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Articles per transaction.")
    var batchSize = 256

    @Option(help: ArgumentHelp("The archive to write (created).", valueName: "path"))
    var db: String

    func run() throws {
        let archive = try Archive(path: db, mode: .write)
        var batch: [(article: Article, extraction: Extraction)] = []
        var stored = 0
        let start = Clock.now()
        for generated in CorpusGenerator(count: corpus.articles, seed: corpus.seed, reportShare: corpus.reportsShare) {
            batch.append((generated.article, generated.extraction))
            if batch.count == batchSize {
                stored += try archive.ingest(batch).count
                batch = []
            }
        }
        if !batch.isEmpty { stored += try archive.ingest(batch).count }
        print("\(stored) articles stored in \(ReportTable.format(Clock.now() - start, 2)) s (generation included) → \(db)")
    }
}
