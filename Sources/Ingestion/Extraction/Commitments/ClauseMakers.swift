import Model

/// Who made each clause once the issuers are known: its named speaker, or
/// for a clause spoken by "the two sides", a plural or a body, by nobody
/// named, or by an official whose country was inferred only later, the
/// parties GUIDELINES gives it.
struct ClauseMakers {
    let issuers: [PartyCode]
    /// "The two ministers" of a one-side readout: the issuer and its counterpart.
    let pair: [PartyCode]
    /// The side whose account a readout is; nil for other kinds.
    let author: PartyCode?
    let persons: [PersonMention]
    let kind: StatementKind
    let kingdoms: Set<PartyCode>
    /// The organisation whose own communique or declaration this is, speaking alone; nil otherwise.
    let body: PartyCode?

    func of(_ clause: Clause) -> [PartyCode] {
        switch clause.speaker {
        case let .parties(codes):
            return codes
        case .issuers:
            if let first = clause.speakerOfficial, let code = persons.first(where: { $0.first == first })?.person.party {
                return [code]
            }
            if clause.speakerIsKingdom, issuers.filter(kingdoms.contains).count == 1 {
                return issuers.filter(kingdoms.contains)
            }
            if let body { return [body] }
            if clause.speakerIsDual {
                // "Les deux parties" among three issuers: the two last named together.
                if issuers.count > 2, let two = clause.pairNamedBefore, two.allSatisfy(issuers.contains) { return two }
                return pair
            }
            if clause.speakerIsPlural { return issuers }
            return author.map { [$0] } ?? issuers
        }
    }
}
