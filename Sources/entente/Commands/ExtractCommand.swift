import ArgumentParser
import Foundation
import Ingestion
import Model

/// `entente extract FILE`: runs ingestion on one article and prints what it
/// found, touching no archive.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract one article's statement, parties and commitments without archiving it.")

    @Argument(help: "The article: a .txt or .md file (front matter allowed), a saved web page (.html, .htm), - for standard input, or NAME.jsonl#N for the N-th article of a JSON-lines file.")
    var file: String

    @Option(help: "The publication date (YYYY-MM-DD), against which 'today' and weekdays resolve.")
    var published: String?

    @Option(help: "The article's language (ar, en, fr) when detection should not decide.")
    var language: String?

    @Flag(help: "Print the JSON contract read by ../shared/eval/score.py.")
    var json = false

    func validate() throws {
        _ = try ValidationError.wrap { try overrides() }
    }

    /// `--published` and `--language` as metadata that wins over the article's own.
    func overrides() throws -> ArticleMetadata {
        try ArticleField.metadata([.published: published, .language: language].compactMapValues { $0 })
    }

    func run() throws {
        var article = try CommandError.wrap { try ArticleInput.one(file, overrides: try overrides()) }
        if let refusal = LanguageCheck.settle(&article) { throw CommandError("\(file): \(refusal.localizedDescription)") }
        let extraction = Extractor().extract(article)
        if json {
            try Output.printJSON(ExtractionReport(extraction))
        } else {
            try Output.line(ExtractionReport(extraction).text)
        }
    }
}
