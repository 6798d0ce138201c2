/// A stretch of a text, by Unicode-scalar offsets: `start..<end`.
///
/// Scalars, not `Character`s or UTF-16 units, because that is how the
/// archive's consumers (Python, spreadsheets, SQLite's `substr`) count.
public struct TextSegment: Hashable, Sendable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public var isEmpty: Bool { start >= end }
    public var range: Range<Int> { start..<end }
}
