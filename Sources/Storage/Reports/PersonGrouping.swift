import GRDB
import Model

/// The persons of a statement as `show` lists them: each report names its
/// persons in its own words and script, and several reports of one
/// statement name the same officials, so a person is one entry with the
/// names the reports used.
///
/// Two of a statement's persons are one when they have the same name,
/// role and party, or when they have the same role and party, no report
/// names two different people with that role and party, and the names in
/// one script agree (two reports' "the Chinese foreign minister" is one
/// minister; a report naming two Chinese ministers keeps them apart, and
/// names in other scripts then stay entries of their own; "Wang Yi" and
/// "Ishaq Dar" as the same Chinese minister are a report's misreading,
/// not one person). A person without a party is matched by name only.
enum PersonGrouping {
    /// One stored person: `person` joined to its article's language.
    struct StoredPerson {
        var id: Int64
        var articleID: Int64
        var language: Language
        var name: String
        var role: PersonRole
        var party: PartyCode?
    }

    /// The entries of a statement's persons.
    static func entries(ofStatement id: Int64, in db: Database) throws -> [StatementDetail.PersonEntry] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT p.id, p.article_id, a.language, p.name, p.role, p.party_code
            FROM person p JOIN article a ON a.id = p.article_id WHERE p.statement_id = ? ORDER BY p.id
            """, arguments: [id])
        return entries(rows.map { row in
            StoredPerson(id: row[0], articleID: row[1], language: row[2], name: row[3], role: row[4], party: row[5])
        })
    }

    /// The entries, in the order their first person was archived.
    static func entries(_ rows: [StoredPerson]) -> [StatementDetail.PersonEntry] {
        let named = Dictionary(grouping: rows) { NameKey(name: $0.name, role: $0.role, party: $0.party) }
        var groups: [[StoredPerson]] = []
        let byRole = Dictionary(grouping: named.keys) { RoleKey(role: $0.role, party: $0.party) }
        for (roleKey, names) in byRole {
            let rowsOfRole = names.flatMap { named[$0]! }
            let articles = Dictionary(grouping: rowsOfRole, by: \.articleID).mapValues { Set($0.map(\.name)).count }
            if roleKey.party != nil, articles.values.allSatisfy({ $0 == 1 }), namesAgree(names.map(\.name), in: rowsOfRole) {
                groups.append(rowsOfRole)
            } else {
                groups += names.map { named[$0]! }
            }
        }
        return groups.sorted { $0.map(\.id).min()! < $1.map(\.id).min()! }.map(entry)
    }

    /// Whether the names, compared within each script, are forms of one
    /// name: every two Latin (or every two Arabic) names have the words of
    /// one among the other's ("Ishaq Dar", "Mohammad Ishaq Dar").
    private static func namesAgree(_ names: [String], in rows: [StoredPerson]) -> Bool {
        let arabic = Set(rows.filter { $0.language == .arabic }.map(\.name))
        for script in [names.filter { arabic.contains($0) }, names.filter { !arabic.contains($0) }] {
            let words = script.map { Set($0.lowercased().split(whereSeparator: { !$0.isLetter })) }
            for (index, a) in words.enumerated() {
                for b in words[(index + 1)...] where !a.isSubset(of: b) && !b.isSubset(of: a) { return false }
            }
        }
        return true
    }

    private struct NameKey: Hashable {
        var name: String
        var role: PersonRole
        var party: PartyCode?
    }

    private struct RoleKey: Hashable {
        var role: PersonRole
        var party: PartyCode?
    }

    /// Scripts an English interface reads first when as many reports use each name.
    private static let languageOrder: [Language] = [.english, .french, .arabic]

    private static func entry(_ rows: [StoredPerson]) -> StatementDetail.PersonEntry {
        let namings = Dictionary(grouping: rows) { $0.name }.map { name, uses in
            StatementDetail.PersonEntry.Naming(
                name: name, language: uses.min { $0.id < $1.id }!.language,
                articles: Array(Set(uses.map(\.articleID))).sorted())
        }.sorted { a, b in
            if a.articles.count != b.articles.count { return a.articles.count > b.articles.count }
            let (x, y) = (languageOrder.firstIndex(of: a.language)!, languageOrder.firstIndex(of: b.language)!)
            if x != y { return x < y }
            return (a.articles.first!, a.name) < (b.articles.first!, b.name)
        }
        let first = rows.min { $0.id < $1.id }!
        return StatementDetail.PersonEntry(name: namings[0].name, role: first.role, party: first.party, names: namings)
    }
}
