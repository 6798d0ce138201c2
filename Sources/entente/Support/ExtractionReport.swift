import Model

/// The extraction as `extract` prints it: the JSON contract (without the
/// article's full text), or a few readable lines.
struct ExtractionReport: Encodable {
    let extraction: Extraction

    init(_ extraction: Extraction) { self.extraction = extraction }

    enum CodingKeys: String, CodingKey { case language, title, statement, evidence, parties, persons, commitments }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(extraction.language, forKey: .language)
        try c.encodeIfPresent(extraction.title, forKey: .title)
        try c.encode(extraction.statement, forKey: .statement)
        // The spans that decided the statement's fields, offsets into the article's text.
        try c.encode(extraction.evidence ?? StatementEvidence(), forKey: .evidence)
        try c.encode(extraction.parties, forKey: .parties)
        try c.encode(extraction.persons, forKey: .persons)
        try c.encode(extraction.commitments, forKey: .commitments)
    }

    var text: String {
        let s = extraction.statement
        var lines = [
            "language:  \(extraction.language.rawValue)",
            "kind:      \(s.kind.rawValue)",
            "date:      \(s.date.iso ?? "unknown") (\(s.date.precision.rawValue))",
            "venue:     \(s.venue ?? "-")",
            "mechanism: \(s.mechanism ?? "-")\(s.round.map { ", round \($0)" } ?? "")",
            "issuers:   \(extraction.issuers.map(\.rawValue).joined(separator: ", "))",
            "mentioned: \(extraction.parties.filter { $0.role == .mentioned }.map(\.code.rawValue).joined(separator: ", "))",
        ]
        for person in extraction.persons {
            lines.append("person:    \(person.name) (\(person.role.rawValue)\(person.party.map { ", \($0)" } ?? ""))")
        }
        for (index, c) in extraction.commitments.enumerated() {
            let flags = [c.context?.rawValue, c.target.map { "target \($0)" }].compactMap { $0 }
            lines.append("")
            lines.append("\(index + 1). [\(c.type.rawValue)] by \(c.by.map(\.rawValue).joined(separator: ", ")) · \(c.topics.map(\.rawValue).joined(separator: ", "))\(flags.isEmpty ? "" : " · " + flags.joined(separator: ", "))")
            lines.append("   \(c.text)")
        }
        return lines.joined(separator: "\n")
    }
}
