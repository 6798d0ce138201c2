import Foundation
import Model

/// One kind of input: the file names it reads and how it turns an input
/// into articles. Every format is listed once, in ``InputFormats/all``.
public protocol InputFormat: Sendable {
    /// File name extensions it reads, lower case, without the dot.
    var fileExtensions: [String] { get }
    /// Whether an input holds one article, which command-line flags may describe.
    var holdsOneArticle: Bool { get }
    /// Calls `body` with each article of `source` in order, labelled by
    /// where it came from (a path, or `path:line`), or why it failed.
    func read(_ source: InputSource, options: ReadOptions, _ body: (_ label: String, _ result: ReadResult) -> Void)
    /// The articles of an input already in memory, each labelled from
    /// `label` as ``read(_:options:_:)`` labels them.
    func articles(in data: Data, label: String, options: ReadOptions) -> [(label: String, result: ReadResult)]
    /// About how many articles `source` holds, cheaply, for progress; not a promise.
    func estimatedArticleCount(_ source: InputSource) -> Int
}

/// An input read as an article, or why it could not be.
public typealias ReadResult = Result<Article, IngestionError>

/// A format whose input is one article, read whole: plain text, a web page.
public protocol SingleArticleFormat: InputFormat {
    /// The article in `data`, with `overrides` winning over what the input says.
    func article(from data: Data, overrides: ArticleMetadata) throws(IngestionError) -> Article
}

extension SingleArticleFormat {
    public var holdsOneArticle: Bool { true }

    public func estimatedArticleCount(_ source: InputSource) -> Int { 1 }

    public func read(_ source: InputSource, options: ReadOptions, _ body: (String, ReadResult) -> Void) {
        switch WholeInput.data(of: source, limit: options.maxArticleBytes) {
        case let .success(data): for (label, result) in articles(in: data, label: source.label, options: options) { body(label, result) }
        case let .failure(error): body(source.label, .failure(error))
        }
    }

    public func articles(in data: Data, label: String, options: ReadOptions) -> [(label: String, result: ReadResult)] {
        [(label, Result { () throws(IngestionError) in try article(from: data, overrides: options.overrides) })]
    }
}

/// How inputs are read: what the command line says about them.
public struct ReadOptions: Sendable {
    /// Metadata that wins over what each input says (flags for one input).
    public var overrides: ArticleMetadata
    /// The largest article read; larger ones fail with ``IngestionError/tooLarge(bytes:limit:)``.
    public var maxArticleBytes: Int
    /// Bytes of a streamed file (`.jsonl`) read at a time.
    public var chunkSize: Int

    public init(overrides: ArticleMetadata = ArticleMetadata(), maxArticleBytes: Int = ReadOptions.defaultMaxArticleBytes,
                chunkSize: Int = ReadOptions.defaultChunkSize) {
        self.overrides = overrides
        self.maxArticleBytes = maxArticleBytes
        self.chunkSize = chunkSize
    }

    /// The largest article ingested unless `--max-article-size` says
    /// otherwise: 5 MiB, hundreds of times a long communiqué. Extraction
    /// holds several copies of an article's text and its words, so memory
    /// grows many times faster than the article.
    public static let defaultMaxArticleBytes = 5 << 20

    /// Bytes of a `.jsonl` file read and parsed at a time, by default.
    public static let defaultChunkSize = 1 << 20

    /// Why an article of `size` bytes is refused, or nil when it is not.
    public func sizeRefusal(_ size: Int) -> IngestionError? {
        size > maxArticleBytes ? .tooLarge(bytes: size, limit: maxArticleBytes) : nil
    }

    /// `result`, or its refusal when its article's text is over the limit.
    func limited(_ result: ReadResult) -> ReadResult {
        guard case let .success(article) = result, let refusal = sizeRefusal(article.text.utf8.count) else { return result }
        return .failure(refusal)
    }
}
