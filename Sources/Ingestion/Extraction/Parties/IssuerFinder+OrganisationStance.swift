import Model

/// GUIDELINES: an organisation's communique is the organisation's; the states
/// it addresses, backs, praises or condemns are mentioned, not issuers.
extension IssuerFinder {
    /// Whether `mention` stands inside a stance of an organisation: one whose
    /// named speakers are all organisations other than the mention ("the OIC
    /// welcomed the efforts of Egypt and Qatar"), or, in the communique of an
    /// organisation found speaking (`organs`), one whose speaker the text leaves
    /// to the issuers ("We support Thailand…", "نرحب بالاتفاق بين إيران
    /// والإمارات", "Nous saluons la médiation du Togo et du Ghana").
    func isOrganisationsMatter(_ mention: PartyMention, organs: [PartyCode]) -> Bool {
        guard let code = mention.code else { return false }
        return clauses.contains { clause in
            guard !clause.isBackground, clause.first <= mention.first, mention.first < clause.end else { return false }
            switch clause.speaker {
            case let .parties(codes):
                return !codes.isEmpty && !codes.contains(code) && codes.allSatisfy { Organization.named($0) != nil }
            case .issuers:
                return !organs.isEmpty && isOrganisationsOwn
            }
        }
    }
}
