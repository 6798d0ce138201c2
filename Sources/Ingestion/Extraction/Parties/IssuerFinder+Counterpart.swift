import Model

extension IssuerFinder {
    /// How many sentences of some length a one-side readout may take to name its
    /// counterpart: a spokesperson's line and a subscription notice may come first.
    static let counterpartSentences = 5

    /// The other side of one side's account of talks or a call (GUIDELINES: a bilateral
    /// statement has both sides, even when the article names one side first): the party of the
    /// first official of another side that its first sentences name, by the official's own
    /// party or the country named right before the title ("Deputy Secretary X and Republic of
    /// Korea First Vice Foreign Minister Y held a call"); nil when they name none.
    func counterpart(of side: PartyCode) -> PartyCode? {
        var counted = 0
        for sentence in document.sentences where document.isLeadCandidate(sentence) {
            guard document.wordCount(in: sentence.tokens) >= Lead.minimumWords else { continue }
            var found: [(position: Int, code: PartyCode)] = []
            for person in persons where sentence.tokens.contains(person.first) {
                if let code = person.person.party { found.append((person.first, code)) }
            }
            for m in mentions where sentence.tokens.contains(m.first) && !m.isPlace && !isMatter(m) {
                if let code = m.code { found.append((m.first, code)) }
            }
            if let other = found.sorted(by: { $0.position < $1.position }).first(where: { $0.code != side }) { return other.code }
            counted += 1
            if counted == Self.counterpartSentences { break }
        }
        return nil
    }

    /// Whether a name stands as the matter discussed ("the situation in Sudan", "بشأن السودان"),
    /// not as a side.
    private func isMatter(_ m: PartyMention) -> Bool {
        if document.language == .arabic, m.proclitics.hasSuffix("ب") || m.proclitics.hasSuffix("ل") || m.proclitics.hasSuffix("لل") { return true }
        return (max(0, m.first - 3)..<m.first).contains { Self.links.matter.contains($0, in: document) }
    }
}
