/// How much of a page's expected main text an extraction kept, and how
/// much of what it kept was expected, counted in characters: both texts
/// have their white space collapsed to single spaces, and the characters
/// they share in order are their longest common subsequence.
struct MainTextScore {
    let precision: Double
    let recall: Double

    init(extracted: String, expected: String) {
        let found = Self.normalised(extracted)
        let wanted = Self.normalised(expected)
        let common = Double(Self.longestCommonSubsequence(found, wanted))
        precision = found.isEmpty ? 0 : common / Double(found.count)
        recall = wanted.isEmpty ? 0 : common / Double(wanted.count)
    }

    static func normalised(_ text: String) -> [Unicode.Scalar] {
        Array(text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").unicodeScalars)
    }

    /// The classic dynamic programme, two rows at a time.
    static func longestCommonSubsequence(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for x in a {
            for (j, y) in b.enumerated() {
                current[j + 1] = x == y ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
