import ArgumentParser
import Foundation

/// `entente-bench [run]`: the whole benchmark at one or more sizes.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Generate a corpus, then time ingest, search, export and size beside the sqlite3 floor.")

    @Option(help: "Corpus size; repeat for a growth table (--articles 1000 --articles 10000).")
    var articles: [Int] = [1_000]

    @Option(help: "The corpus seed.")
    var seed: UInt64 = 1

    @Option(help: "Percent of articles that are other reports (near-copies or other languages) of earlier ones.")
    var reportsShare = 0

    @Option(help: "Runs of each ingest and export (the median is reported).")
    var runs = 3

    @Option(help: "Rounds of the query set as whole processes (after one warm-up round).")
    var searchRuns = 5

    @Option(help: "Rounds of the query set inside this process (after one warm-up round).")
    var inProcessRuns = 20

    @Flag(help: "Skip the ingest variants (--no-overlap, batch sizes).")
    var noVariants = false

    @Flag(help: "Give ingest a folder of .txt and .jsonl files instead of one .jsonl stream.")
    var folder = false

    @Option(help: ArgumentHelp("Where corpora and archives go.", valueName: "path"))
    var work = NSTemporaryDirectory() + "entente-bench"

    @Option(help: ArgumentHelp("The entente binary (default: beside this one, built if missing).", valueName: "path"))
    var entente: String?

    @Option(help: ArgumentHelp("The sqlite3 shell.", valueName: "path"))
    var sqlite3 = "/usr/bin/sqlite3"

    @Option(help: ArgumentHelp("Also write the tables to this Markdown file.", valueName: "path"))
    var markdown: String?

    func validate() throws {
        guard articles.allSatisfy({ $0 > 0 }) else { throw ValidationError("--articles must be positive") }
        guard runs > 0, searchRuns > 0, inProcessRuns > 0 else { throw ValidationError("runs must be positive") }
    }

    func run() throws {
        let binary = try entente ?? EntenteBinary.locate()
        guard FileManager.default.isExecutableFile(atPath: sqlite3) else { throw BenchError("no sqlite3 shell at \(sqlite3)") }
        var results: [BenchmarkResult] = []
        var report = [Machine.describe(entente: binary)]
        for count in articles {
            let harness = BenchmarkHarness(
                settings: .init(
                    articles: count, seed: seed, reportShare: reportsShare, runs: runs, searchRuns: searchRuns, inProcessRuns: inProcessRuns,
                    variants: !noVariants, folderInput: folder, workFolder: work, entente: binary, sqlite3: sqlite3),
                log: { FileHandle.standardError.write(Data("[\(count)] \($0)\n".utf8)) })
            let result = try harness.run()
            results.append(result)
            let table = ReportTable.render(result)
            print(table)
            report.append(table)
        }
        if results.count > 1 {
            let growth = ReportTable.growth(results)
            print(growth)
            report.append(growth)
        }
        if let markdown {
            try (report.joined(separator: "\n\n") + "\n").write(toFile: markdown, atomically: true, encoding: .utf8)
        }
    }
}
