import Model

extension TestSupport {
    /// Each commitment of the extraction of `text` as one line: its type, its
    /// speakers' codes joined by "+", and its clause.
    static func commitmentLines(_ text: String) -> [String] {
        extract(text).commitments.map { "\($0.type.rawValue) \($0.by.map(\.rawValue).sorted().joined(separator: "+")) \($0.text)" }
    }
}
