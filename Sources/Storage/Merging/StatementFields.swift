import Model

/// A statement's fields chosen from all its reports, with why, when
/// reports disagree: the best evidence wins (a date the text fixes over
/// one only inferred from publication, a more precise date over a vaguer
/// one, a document's own kind over "news report"), then the value most
/// reports give, then a fixed order, so that the choice depends on the set
/// of reports and never on which arrived first.
struct StatementFields: Equatable {
    var kind: StatementKind
    var date: StatementDate
    var venue: String?
    var mechanism: String?
    var round: Int?
    /// Every party and its role: an issuer in any report is an issuer.
    var parties: [(code: String, role: PartyRole)]
    /// One line per field on which reports disagreed.
    var notes: [String]

    static func == (lhs: StatementFields, rhs: StatementFields) -> Bool {
        lhs.kind == rhs.kind && lhs.date == rhs.date && lhs.venue == rhs.venue && lhs.mechanism == rhs.mechanism
            && lhs.round == rhs.round && lhs.parties.map(\.code) == rhs.parties.map(\.code)
            && lhs.parties.map(\.role) == rhs.parties.map(\.role)
    }

    init(choosingFrom readings: [ReportReading]) {
        precondition(!readings.isEmpty, "a statement has at least one report")
        var notes: [String] = []
        func articles(_ ids: [Int64]) -> String {
            (ids.count == 1 ? "article " : "articles ") + ids.map(String.init).joined(separator: ", ")
        }

        // Date: the text's, most precise first, then most reports, then earliest.
        let dated = readings.filter { $0.date.precision != .unknown }
        let dates = Dictionary(grouping: dated, by: \.date)
        let best = dates.keys.max { a, b in
            let (pa, pb) = (Self.rank(a.precision), Self.rank(b.precision))
            if pa != pb { return pa < pb }
            if dates[a]!.count != dates[b]!.count { return dates[a]!.count < dates[b]!.count }
            return a > b
        }
        date = best ?? .unknown
        if let best {
            let others = dated.filter { $0.date != best }
            let inferred = readings.filter { $0.date.precision == .unknown }
            if !others.isEmpty || !inferred.isEmpty {
                var note = "date \(best.iso!): fixed by the text of \(articles(dates[best]!.map(\.articleID)))"
                if !others.isEmpty {
                    note += "; \(articles(others.map(\.articleID))) gave " + Set(others.compactMap(\.date.iso)).sorted().joined(separator: ", ")
                }
                if !inferred.isEmpty { note += "; \(articles(inferred.map(\.articleID))) had no date in the text" }
                notes.append(note)
            }
        }

        // Kind: a document's own kind before an outlet's news report.
        let documents = readings.filter { $0.kind != .newsReport }
        let pool = documents.isEmpty ? readings : documents
        let kinds = Dictionary(grouping: pool, by: \.kind)
        let chosenKind = kinds.keys.max { a, b in
            if kinds[a]!.count != kinds[b]!.count { return kinds[a]!.count < kinds[b]!.count }
            return MergeRules.kindPreference.firstIndex(of: a)! > MergeRules.kindPreference.firstIndex(of: b)!
        }!
        kind = chosenKind
        if Set(readings.map(\.kind)).count > 1 {
            let other = readings.filter { $0.kind != chosenKind }
            notes.append("kind \(chosenKind.rawValue): \(articles(kinds[chosenKind]!.map(\.articleID)))" + "; "
                + other.map { "article \($0.articleID) \($0.kind.rawValue)" }.joined(separator: ", "))
        }

        venue = Self.mostCommon("venue", in: readings, notes: &notes) { $0.venue }
        mechanism = Self.mostCommon("mechanism", in: readings, notes: &notes) { $0.mechanism }
        round = Self.mostCommon("round", in: readings, notes: &notes) { $0.round }

        var roles: [String: PartyRole] = [:]
        for reading in readings {
            for party in reading.parties where roles[party.code] != .issuer { roles[party.code] = party.role }
        }
        parties = roles.sorted { $0.key < $1.key }.map { (code: $0.key, role: $0.value) }
        self.notes = notes
    }

    /// The value most reports give (ties: the smallest), noting a disagreement.
    private static func mostCommon<T: Hashable & Comparable>(
        _ name: String, in readings: [ReportReading], notes: inout [String], _ value: (ReportReading) -> T?
    ) -> T? {
        let known = readings.compactMap { r in value(r).map { (r.articleID, $0) } }
        let groups = Dictionary(grouping: known, by: \.1)
        guard let chosen = groups.keys.max(by: { a, b in
            groups[a]!.count != groups[b]!.count ? groups[a]!.count < groups[b]!.count : a > b
        }) else { return nil }
        if groups.count > 1 {
            let ids = groups[chosen]!.map(\.0)
            notes.append("\(name) \(chosen): article\(ids.count == 1 ? "" : "s") \(ids.map(String.init).joined(separator: ", ")); others gave "
                + groups.keys.filter { $0 != chosen }.sorted().map { "\($0)" }.joined(separator: ", "))
        }
        return chosen
    }

    private static func rank(_ precision: DatePrecision) -> Int {
        switch precision {
        case .day: return 3
        case .month: return 2
        case .year: return 1
        case .unknown: return 0
        }
    }
}
