/// One word, number or punctuation mark of a text, with its place.
public struct Token: Hashable, Sendable {
    public enum Kind: Sendable, Hashable { case word, number, punctuation }

    public var kind: Kind
    /// Offsets in the text's Unicode scalars.
    public var start: Int
    public var end: Int
    /// The token as written, less invisible formatting (zero-width, bidi marks).
    public var surface: String
    /// Whether nothing (not even a space) separates it from the token before:
    /// "7th", "5e", "2.0", "U.S." are read from such runs.
    public var attached: Bool

    public init(kind: Kind, start: Int, end: Int, surface: String, attached: Bool) {
        self.kind = kind
        self.start = start
        self.end = end
        self.surface = surface
        self.attached = attached
    }
}
