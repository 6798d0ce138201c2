/// A stretch of an article's text: `start..<end` in Unicode scalars (as
/// commitment offsets count them), and the text found there.
public struct TextSpan: Hashable, Codable, Sendable {
    public var start: Int
    public var end: Int
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}
