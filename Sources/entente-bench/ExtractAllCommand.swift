import ArgumentParser
import Foundation
import Ingestion
import Model

/// `entente-bench extract-all FILE.jsonl`: every article of a corpus
/// extracted in one process, one JSON line each, so that an extractor
/// change can be checked byte for byte against a previous build's output
/// (a thousand `entente extract` processes spend most of their time
/// starting up), and so that profilers see extraction alone.
struct ExtractAllCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract-all",
        abstract: "Extract every article of a .jsonl file in one process and print each extraction as a JSON line.",
        shouldDisplay: false)

    @Argument(help: "A .jsonl corpus (one article per line).")
    var file: String

    @Option(help: "Extract only the first N articles.")
    var limit: Int?

    @Option(help: "Extract the articles this many times (the output is printed once).")
    var rounds = 1

    @Flag(help: "Print nothing; for profiling.")
    var quiet = false

    func run() throws {
        let entries = try ArticleReader.jsonLines(Data(contentsOf: URL(fileURLWithPath: file)))
        let articles = try entries.prefix(limit ?? entries.count).map { try $0.get() }
        let extractor = Extractor()
        let encoder = JSONEncoder()
        // Sorted keys and the article's whole extraction (its text included):
        // the output is a fingerprint, not a contract.
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for round in 0..<max(1, rounds) {
            for article in articles {
                let extraction = extractor.extract(article)
                if round == 0, !quiet {
                    FileHandle.standardOutput.write(try encoder.encode(extraction) + Data("\n".utf8))
                }
            }
        }
    }
}
