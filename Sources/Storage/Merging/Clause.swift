/// One commitment as repeat detection compares it.
struct Clause {
    var id: Int64
    var article: Int64
    var language: String
    var type: String
    /// The clause's distinct words, each as a 64-bit hash of its folded letters.
    var words: Set<UInt64>

    static func words(_ text: String) -> Set<UInt64> {
        var words = Set<UInt64>()
        Shingles.forEachWord(in: text) { words.insert($0) }
        return words
    }

    func similarity(to other: Clause) -> Double {
        guard !words.isEmpty, !other.words.isEmpty else { return 0 }
        let shared = words.intersection(other.words).count
        return Double(shared) / Double(words.count + other.words.count - shared)
    }
}
