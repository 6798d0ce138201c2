import ArgumentParser
import Foundation
import Ingestion
import Model

/// `entente extract FILE`: runs ingestion on one article and prints what it
/// found, touching no archive.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        _superCommandName: Entente.name,
        abstract: "Extract one article's statement, parties and commitments without archiving it.")

    @Argument(help: "The article: a .txt or .md file (front matter allowed), - for standard input, or NAME.jsonl#N for the N-th article of a JSON-lines file.")
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
        let overrides = ArticleMetadata(
            published: try published.map(ArticleMetadata.date),
            language: try language.map(ArticleMetadata.language))
        var article = try readArticle(overrides: overrides)
        if let refusal = LanguageCheck.settle(&article) { throw CommandError("\(file): \(refusal)") }
        let extraction = Extractor().extract(article)
        if json {
            try Output.printJSON(ExtractionReport(extraction))
        } else {
            try Output.line(ExtractionReport(extraction).text)
        }
    }

    /// The article named by `file`: plain text, or one article of a `.jsonl`
    /// file (`NAME.jsonl#N`, 1-based; `NAME.jsonl` alone when it holds one).
    func readArticle(overrides: ArticleMetadata) throws -> Article {
        var path = file
        var index: Int?
        if let hash = file.lastIndex(of: "#"), file[..<hash].lowercased().hasSuffix(".jsonl"),
           let number = Int(file[file.index(after: hash)...]), !FileManager.default.fileExists(atPath: file)
        {
            path = String(file[..<hash])
            index = number
        }
        let data = try InputFiles.read(path)
        guard path.lowercased().hasSuffix(".jsonl") else {
            return try CommandError.wrap(file) { try ArticleReader.plainText(data, overrides: overrides) }
        }
        let entries = try CommandError.wrap(path) { try ArticleReader.jsonLines(data) }
        guard let position = index ?? (entries.count == 1 ? 1 : nil) else {
            throw CommandError("\(path) holds \(entries.count) articles; name one as \(path)#N")
        }
        guard entries.indices.contains(position - 1) else {
            throw CommandError("\(path) has no article \(position) (it holds \(entries.count))")
        }
        var article = try CommandError.wrap(file) { try entries[position - 1].get() }
        if let published = overrides.published { article.published = published }
        if let language = overrides.language { article.language = language }
        return article
    }
}
