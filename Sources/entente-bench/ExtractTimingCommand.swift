import ArgumentParser
import Foundation
import Ingestion
import Model

/// `entente-bench extract-timing FILE...`: extraction alone, in one
/// process, beside the whole `entente extract` process for the same file,
/// so that start-up and extraction costs are told apart.
struct ExtractTimingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract-timing",
        abstract: "Time Extractor.extract in process, and 'entente extract' as a whole process, per article.")

    @Argument(help: "Articles (.txt or .md).")
    var files: [String]

    @Option(help: "The publication date passed to the extractor.")
    var published: String?

    @Option(help: "Rounds per article, after one warm-up round (which also builds the lexicons).")
    var rounds = 50

    @Option(help: ArgumentHelp("The entente binary for whole-process timings (default: beside this one).", valueName: "path"))
    var entente: String?

    func run() throws {
        let binary = entente ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("entente").path
        let date = try published.map(ArticleMetadata.date)
        print("| article | bytes | extract in process p50 ms | p95 ms | entente extract process p50 ms | p95 ms | entente --help p50 ms |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for file in files {
            let article = try ArticleReader.plainText(
                Data(contentsOf: URL(fileURLWithPath: file)), overrides: ArticleMetadata(published: date))
            let extractor = Extractor()
            var inProcess: [Double] = []
            var processes: [Double] = []
            for round in 0...rounds {
                let start = Clock.now()
                _ = extractor.extract(article)
                if round > 0 { inProcess.append((Clock.now() - start) * 1000) }
            }
            for round in 0...min(rounds, 30) {
                let measurement = try ChildProcess.run(
                    binary, ["extract", file] + (published.map { ["--published", $0] } ?? []))
                if round > 0 { processes.append(measurement.seconds * 1000) }
            }
            var startUp: [Double] = []
            for round in 0...min(rounds, 30) {
                let measurement = try ChildProcess.run(binary, ["--help"])
                if round > 0 { startUp.append(measurement.seconds * 1000) }
            }
            print("| \((file as NSString).lastPathComponent) | \(article.text.utf8.count) | "
                + "\(ReportTable.format(Statistics.median(inProcess), 2)) | \(ReportTable.format(Statistics.percentile(inProcess, 95), 2)) | "
                + "\(ReportTable.format(Statistics.median(processes), 2)) | \(ReportTable.format(Statistics.percentile(processes, 95), 2)) | "
                + "\(ReportTable.format(Statistics.median(startUp), 2)) |")
        }
    }
}
