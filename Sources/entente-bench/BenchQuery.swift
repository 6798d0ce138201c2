import Model
import Storage

/// One search of the fixed query set, as Entente runs it and as the floor
/// runs it with plain SQL over its own tables.
struct BenchQuery {
    let name: String
    /// What a user types: plain words, "a phrase", or prefix*.
    let words: String
    var parties: [String] = []
    var topics: [String] = []
    var since: String?

    /// The `entente search` arguments after the query.
    var filterArguments: [String] {
        parties.flatMap { ["--party", $0] } + topics.flatMap { ["--topic", $0] } + (since.map { ["--since", $0] } ?? [])
    }

    var filter: CommitmentFilter {
        var filter = CommitmentFilter(query: words)
        filter.parties = parties.map { PartyCode($0) }
        filter.topics = topics.compactMap(Topic.init(rawValue:))
        filter.since = since.flatMap(StatementDate.init(iso:))
        filter.limit = 20
        return filter
    }

    /// The FTS5 query Entente makes of `words` (every word an FTS5 string,
    /// phrases kept, `*` a prefix), so that the floor matches the same way.
    var match: String {
        var terms: [String] = []
        var inPhrase = false
        for (index, part) in words.split(separator: "\"", omittingEmptySubsequences: false).enumerated() {
            inPhrase = index % 2 == 1
            if inPhrase {
                terms.append("\"" + part + "\"")
            } else {
                for word in part.split(separator: " ") {
                    terms.append(word.hasSuffix("*") ? "\"" + word.dropLast() + "\"*" : "\"" + word + "\"")
                }
            }
        }
        return terms.joined(separator: " ").replacingOccurrences(of: "'", with: "''")
    }

    /// The floor's search: MATCH, the same filters as JOIN/EXISTS, bm25
    /// order, a snippet, 20 rows.
    func floorSQL(countOnly: Bool = false) -> String {
        var conditions = ["fts MATCH '\(match)'"]
        for party in parties {
            conditions.append("EXISTS (SELECT 1 FROM sp WHERE sp.statement_id = c.statement_id AND sp.party_code = '\(party)')")
        }
        for topic in topics {
            conditions.append("EXISTS (SELECT 1 FROM ct WHERE ct.commitment_id = c.id AND ct.topic = '\(topic)')")
        }
        if let since { conditions.append("substr(c.date, 1, \(since.count)) >= '\(since)'") }
        let condition = conditions.joined(separator: " AND ")
        if countOnly { return "SELECT count(*) FROM fts JOIN c ON c.id = fts.rowid WHERE \(condition);" }
        return """
            SELECT c.id, c.statement_id, c.date, c.type, c.language, c.text, snippet(fts, 0, '[', ']', '…', 24)
            FROM fts JOIN c ON c.id = fts.rowid WHERE \(condition) ORDER BY bm25(fts), c.id LIMIT 20;
            """
    }

    /// Rare and common words, two-word AND, a phrase, a prefix, in Arabic,
    /// English and French, bare and with party, topic and date filters.
    static let standard: [BenchQuery] = [
        .init(name: "rare en", words: "beekeeping"),
        .init(name: "rare ar", words: "النحل"),
        .init(name: "common en", words: "cooperation"),
        .init(name: "common ar", words: "التعاون"),
        .init(name: "common fr", words: "coopération"),
        .init(name: "AND en", words: "trade cooperation"),
        .init(name: "AND ar", words: "تعزيز التعاون"),
        .init(name: "phrase en", words: "\"international community\""),
        .init(name: "phrase ar", words: "\"المجتمع الدولي\""),
        .init(name: "prefix en", words: "invest*"),
        .init(name: "prefix ar", words: "الاستثم*"),
        .init(name: "common en +party", words: "cooperation", parties: ["MA"]),
        .init(name: "common en +topic", words: "cooperation", topics: ["energy"]),
        .init(name: "common en +since", words: "cooperation", since: "2024"),
        .init(name: "common ar +party+topic+since", words: "التعاون", parties: ["SA"], topics: ["trade"], since: "2020"),
        .init(name: "rare en +party", words: "beekeeping", parties: ["TN"]),
    ]
}
