import ArgumentParser
import Ingestion
import Model

/// `--title`, `--source`, `--url`, `--published` and `--language`: one
/// option per ``ArticleField``, describing a single input.
struct ArticleOptions: ParsableArguments {
    @Option(help: Self.help(.title)) var title: String?
    @Option(help: Self.help(.source)) var source: String?
    @Option(help: Self.help(.url)) var url: String?
    @Option(help: Self.help(.published)) var published: String?
    @Option(help: Self.help(.language)) var language: String?

    static func help(_ field: ArticleField) -> ArgumentHelp { "\(field.help) (one input only)." }

    /// The value given for each field.
    var values: [ArticleField: String] {
        let given: [ArticleField: String?] = [.title: title, .source: source, .url: url, .published: published, .language: language]
        return given.compactMapValues { $0 }
    }

    var isEmpty: Bool { values.isEmpty }

    /// The options as metadata that wins over the input's own.
    func metadata() throws -> ArticleMetadata { try ArticleField.metadata(values) }

    func validate() throws {
        _ = try ValidationError.wrap { try metadata() }
    }

    /// The flags' names, for messages: `--title, --source, --url, --published and --language`.
    static var names: String {
        let names = ArticleField.allCases.map { "--\($0.key)" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}
