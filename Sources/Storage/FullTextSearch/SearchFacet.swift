import Model

/// One filter value as the full-text index stores it in the `facets`
/// column (see `Migrations/0002_search_facets.sql`): `p:MA`, `t:energy`,
/// `c:pledge`, `k:communique`, `l:ar`, `y:2024`.
///
/// Facet tokens contain a colon, which the search analyzer never leaves in a
/// word, so a user's words cannot meet them; filters reach them through
/// ``matchTerm`` strings that start with ``marker``, as the column's text does.
struct SearchFacet: Hashable {
    /// U+E00F, private use: tells the `entente` tokenizer to index the rest
    /// of the text as space-separated tokens, unchanged.
    static let marker: Unicode.Scalar = "\u{E00F}"
    /// The marker's UTF-8 bytes, which the tokenizer looks for.
    static let markerUTF8 = Array(String(marker).utf8)

    let token: String

    static func party(_ code: PartyCode) -> SearchFacet { SearchFacet(token: "p:" + code.rawValue) }
    static func topic(_ topic: Topic) -> SearchFacet { SearchFacet(token: "t:" + topic.rawValue) }
    static func type(_ type: CommitmentType) -> SearchFacet { SearchFacet(token: "c:" + type.rawValue) }
    static func kind(_ kind: StatementKind) -> SearchFacet { SearchFacet(token: "k:" + kind.rawValue) }
    static func language(_ language: Language) -> SearchFacet { SearchFacet(token: "l:" + language.rawValue) }
    static func year(_ year: Int) -> SearchFacet { SearchFacet(token: "y:" + String(year)) }

    /// The FTS5 string that matches this facet: quoted, with the marker.
    var matchTerm: String { "\"" + String(Self.marker) + token + "\"" }

    /// Any of `facets`, as an FTS5 expression.
    static func anyOf(_ facets: [SearchFacet]) -> String {
        facets.count == 1 ? facets[0].matchTerm : "(" + facets.map(\.matchTerm).joined(separator: " OR ") + ")"
    }

    /// The `facets` columns of one statement's commitments (the marker, then
    /// the tokens separated by spaces): what they share
    /// (parties, kind, language, year) is written once, each commitment
    /// adding its topics and type, as bytes: one is built for every
    /// commitment stored.
    struct Columns {
        /// The marker and the party tokens, each followed by a space (UTF-8).
        private let head: [UInt8]
        /// The kind, language and year tokens, each after a space (UTF-8).
        private let tail: [UInt8]

        init(statementParties: some Sequence<PartyCode>, kind: StatementKind, language: Language, date: StatementDate) {
            var head = String(SearchFacet.marker)
            for code in statementParties { head += party(code).token + " " }
            var tail = " " + SearchFacet.kind(kind).token + " " + SearchFacet.language(language).token
            if let year = date.year { tail += " " + SearchFacet.year(year).token }
            self.head = Array(head.utf8)
            self.tail = Array(tail.utf8)
        }

        /// The column of a commitment with `topics` (each once, in order) and `type`.
        func column(topics: [Topic], type: CommitmentType) -> String {
            var column: [UInt8] = []
            write(topics: topics, type: type, to: &column)
            return String(decoding: column, as: UTF8.self)
        }

        /// Appends ``column(topics:type:)``'s UTF-8 to `bytes`, which is how
        /// the write path stores it, with no `String` made. `bytes` is a
        /// batch's shared buffer: it is left to grow by doubling, as a
        /// `reserveCapacity` of a few bytes more would copy all of it.
        func write(topics: [Topic], type: CommitmentType, to bytes: inout [UInt8]) {
            bytes.append(contentsOf: head)
            for (index, topic) in topics.enumerated() where !topics[..<index].contains(topic) {
                bytes.append(contentsOf: "t:".utf8)
                bytes.append(contentsOf: topic.rawValue.utf8)
                bytes.append(UInt8(ascii: " "))
            }
            bytes.append(contentsOf: "c:".utf8)
            bytes.append(contentsOf: type.rawValue.utf8)
            bytes.append(contentsOf: tail)
        }
    }
}
