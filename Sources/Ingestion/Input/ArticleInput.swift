import Foundation
import Model

/// Ingestion's entry point for inputs: the paths a user gives become
/// ``InputSource``s (``InputCollector``), each read as its format says
/// (``articles(_:options:)``); bytes already in memory are read by
/// ``articles(in:format:label:options:)``; ``one(_:overrides:)`` reads
/// the single article a command names.
public enum ArticleInput {
    /// The sources of `paths` (files, folders, `-`), and each path that gave none.
    public static func sources(_ paths: [String]) -> (sources: [InputSource], problems: [InputCollector.Problem]) {
        InputCollector.collect(paths)
    }

    /// The articles of `paths`, in order, each labelled; problems with the
    /// paths themselves come first, as failures.
    public static func articles(_ paths: [String], options: ReadOptions = ReadOptions()) -> [(label: String, result: ReadResult)] {
        let (sources, problems) = sources(paths)
        var articles = problems.map { (label: $0.path, result: ReadResult.failure($0.error)) }
        for source in sources { source.read(options: options) { articles.append(($0, $1)) } }
        return articles
    }

    /// The articles of an input already in memory, read as `format`, each
    /// labelled from `label` (a JSON line as `label:line`) and checked
    /// against the size limit.
    public static func articles(in data: Data, format: any InputFormat, label: String = "-", options: ReadOptions = ReadOptions())
        -> [(label: String, result: ReadResult)]
    {
        format.articles(in: data, label: label, options: options).map { ($0, options.limited($1)) }
    }

    /// The article named by `name`: a file in any format holding one
    /// article, `-` for standard input, or `NAME.jsonl#N` for the N-th
    /// article of a JSON-lines file (1-based; `NAME.jsonl` alone when it holds one).
    public static func one(_ name: String, overrides: ArticleMetadata = ArticleMetadata()) throws(IngestionError) -> Article {
        var path = name
        var number: Int?
        if let hash = name.lastIndex(of: "#"), let fileNumber = Int(name[name.index(after: hash)...]),
           InputFormats.format(forPath: String(name[..<hash])) is JSONLinesFormat, !FileManager.default.fileExists(atPath: name)
        {
            path = String(name[..<hash])
            number = fileNumber
        }
        guard path != "-" else { return try read(.standardInput, overrides: overrides) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .about(path, .noSuchFile) }
        guard !isDirectory.boolValue else { throw .about(path, .folderGiven) }
        let source = InputCollector.source(for: path)
        guard !source.format.holdsOneArticle else { return try read(source, overrides: overrides) }

        var entries: [ReadResult] = []
        var failure: IngestionError?
        source.read(options: ReadOptions(maxArticleBytes: .max)) { label, result in
            // A failure labelled with the path alone is the whole file's.
            if label == path, case let .failure(error) = result { failure = error } else { entries.append(result) }
        }
        if let failure { throw .about(path, failure) }
        guard let position = number ?? (entries.count == 1 ? 1 : nil) else { throw .severalArticles(path: path, count: entries.count) }
        guard entries.indices.contains(position - 1) else { throw .noSuchArticle(path: path, number: position, count: entries.count) }
        var article = try entries[position - 1].mapError { IngestionError.about(name, $0) }.get()
        article.metadata = article.metadata.overridden(by: overrides)
        return article
    }

    /// The one article of `source`, its failure labelled.
    private static func read(_ source: InputSource, overrides: ArticleMetadata) throws(IngestionError) -> Article {
        var outcome: ReadResult = .failure(.empty)
        source.read(options: ReadOptions(overrides: overrides, maxArticleBytes: .max)) { _, result in outcome = result }
        return try outcome.mapError { IngestionError.about(source.label, $0) }.get()
    }
}
