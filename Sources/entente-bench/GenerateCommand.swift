import ArgumentParser
import Foundation

/// `entente-bench generate`: writes the deterministic corpus.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write the synthetic corpus: the same bytes for the same seed.",
        discussion: "OUTPUT ending in .jsonl is one JSON-lines stream; otherwise a folder of .txt articles and wires-*.jsonl files.")

    @OptionGroup var corpus: CorpusOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("A .jsonl file or a folder.", valueName: "path"))
    var output: String

    func run() throws {
        let summary = try CorpusWriter.write(count: corpus.articles, seed: corpus.seed, reportShare: corpus.reportsShare, to: output)
        let megabytes = Double(summary.textBytes) / 1_048_576
        print("\(summary.articles) articles, \(summary.commitments) commitments (\(String(format: "%.1f", Double(summary.commitments) / Double(summary.articles))) per article), \(String(format: "%.1f", megabytes)) MB of text → \(output)")
    }
}
