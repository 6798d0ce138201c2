/// One input to read: a file in a known format, or standard input.
public struct InputSource: Sendable {
    /// The file's path; nil for standard input.
    public let path: String?
    public let format: any InputFormat

    public init(path: String?, format: any InputFormat) {
        self.path = path
        self.format = format
    }

    /// Standard input, read as ``InputFormats/standardInput``.
    public static var standardInput: InputSource { InputSource(path: nil, format: InputFormats.standardInput) }

    /// How messages name it: its path, or `-`.
    public var label: String { path ?? "-" }

    /// Calls `body` with each article of this input in order; see
    /// ``InputFormat/read(_:options:_:)``. An article whose text is over
    /// the size limit fails (a file is refused before it is read; a JSON
    /// line or standard input once read).
    public func read(options: ReadOptions, _ body: (_ label: String, _ result: ReadResult) -> Void) {
        format.read(self, options: options) { body($0, options.limited($1)) }
    }

    /// About how many articles it holds; see ``InputFormat/estimatedArticleCount(_:)``.
    public var estimatedArticleCount: Int { format.estimatedArticleCount(self) }
}
