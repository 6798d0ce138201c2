import Model

extension Extractor {
    /// The clause's topics: its keywords'; when no keyword speaks,
    /// `regional_conflict` if it names a party at war or in crisis other than
    /// its own speakers ("support for the Palestinian people"), and else none
    /// (`continueTopics` gives it its paragraph's field). A party at war named as one of the statement's own
    /// issuers ("the ties between Egypt and Sudan" in their readout) is a side of
    /// the relationship, not its matter. A party named beside a field ("the security of
    /// Lebanon", "aid to the Sudanese") is where the matter lies, not a second one.
    /// `names` are the tokens that carry no topic (organisations' names and titles: `CommitmentFinder.nameTokens`).
    static func topics(_ clause: Clause, mentions: [PartyMention], names: Set<Int>, speakers: [PartyCode], issuers: [PartyCode],
                       document: Document) -> [Topic]? {
        let inClause = mentions.filter { (clause.first..<clause.end).contains($0.first) }
        // "The ties between Egypt and Sudan" in their readout: an issuer at war, named beside
        // another as a side of the relationship, is no conflict keyword; the clause's topics are
        // read without its name ("the situation in Ukraine" still names the war).
        let ownConflict = inClause.filter { m in
            guard let code = m.code, issuers.contains(code), TopicClassifier.conflictParties.contains(code) else { return false }
            return inClause.contains { other in
                guard let o = other.code, o != code, issuers.contains(o) else { return false }
                return (0...2).contains(m.first - other.end) || (0...2).contains(other.first - m.end)
            }
        }
        if !ownConflict.isEmpty, clause.topics.contains(.regionalConflict) {
            let excluded = names.union(ownConflict.flatMap { $0.first..<$0.end })
            let topics = TopicClassifier.of(document.language).topics(clause.first..<clause.end, in: document, excluding: excluded)
            if !topics.isEmpty { return topics }
        } else if !clause.topics.isEmpty {
            return clause.topics
        }
        let namesConflict = inClause.contains { m in
            guard let code = m.code, !ownConflict.contains(where: { $0.first == m.first }) else { return false }
            return TopicClassifier.conflictParties.contains(code) && !speakers.contains(code)
        }
        return namesConflict ? [.regionalConflict] : nil
    }

    /// A stance that names no field of its own is about the relationship itself
    /// (`diplomatic_process`) and, when an earlier stance of its paragraph names one,
    /// about that field too: "…the settlements in the occupied territories, and called
    /// on the international community to act at once" continues the conflict its
    /// paragraph is about. (Only within a paragraph: a communique's next paragraph
    /// often turns to another matter.) `commitments` and `clauses` are parallel.
    static func continueTopics(_ commitments: inout [Commitment], clauses: [Clause], _ document: Document) {
        var field: (topics: [Topic], line: Int)?
        for index in commitments.indices {
            let line = document.line(of: clauses[index].first)
            guard commitments[index].topics.isEmpty else {
                let own = commitments[index].topics.filter { $0 != .diplomaticProcess }
                if !own.isEmpty { field = (own, line) }
                continue
            }
            if let field, field.line == line {
                commitments[index].topics = (field.topics + [.diplomaticProcess]).sorted()
            } else {
                commitments[index].topics = [.diplomaticProcess]
            }
        }
    }
}
