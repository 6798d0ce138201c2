import TextAnalysis

extension Document {
    /// `link-marks.txt`: the marks that open a related-article or navigation line.
    static let linkMarks: [[Unicode.Scalar]] = LexiconFile.lines("link-marks.txt").map { Array($0.unicodeScalars) }

    /// Whether `segment` opens with a link mark (">>> Read the full text"): a
    /// line that points to another page, which the report neither continues
    /// nor is continued by.
    func opensWithLinkMark(_ segment: TextSegment) -> Bool {
        var start = segment.start
        while start < segment.end, Script.isSpace(scalars[start]) || Script.isInvisible(scalars[start]) { start += 1 }
        return Self.linkMarks.contains { mark in
            start + mark.count <= segment.end && zip(mark, scalars[start..<(start + mark.count)]).allSatisfy { $0 == $1 }
        }
    }
}
