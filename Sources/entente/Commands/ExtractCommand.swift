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

    @Argument(help: "The article: a .txt or .md file (front matter allowed), or - for standard input.")
    var file: String

    @Option(help: "The publication date (YYYY-MM-DD), against which 'today' and weekdays resolve.")
    var published: String?

    @Option(help: "The article's language (ar, en, fr) when detection should not decide.")
    var language: String?

    @Flag(help: "Print the JSON contract read by ../shared/eval/score.py.")
    var json = false

    func validate() throws {
        if let published { _ = try ValidationError.wrap { try ArticleMetadata.date(published) } }
        if let language { _ = try ValidationError.wrap { try ArticleMetadata.language(language) } }
    }

    func run() throws {
        let data = try InputFiles.read(file)
        let overrides = ArticleMetadata(
            published: try published.map(ArticleMetadata.date),
            language: try language.map(ArticleMetadata.language))
        let article = try CommandError.wrap(file) { try ArticleReader.plainText(data, overrides: overrides) }
        let extraction = Extractor().extract(article)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            var output = try encoder.encode(ExtractionReport(extraction))
            output.append(0x0A)
            FileHandle.standardOutput.write(output)
        } else {
            print(ExtractionReport(extraction).text)
        }
    }
}
