import TextAnalysis

/// The private-use language markers that prefix indexed text never reach a user.
enum SearchMarkers {
    static func strip(_ text: String) -> String { SearchAnalyzer.removingMarkers(text) }
}
