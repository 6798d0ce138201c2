import Model

extension KnownOfficials {
    /// "Faye and Ouattara met in Abidjan", « Macron a reçu Tebboune », "بحث السيسي وماكرون": a known
    /// official the headline or the lead names without a title speaks for his party, which the issuers'
    /// finder reads as a mention of it there, with the one office the list gives him (nil when it gives
    /// none or several). Names inside a party's name or a person already found are left to those; a
    /// form two parties share, or a common word, says nothing without a title.
    func mentions(in document: Document, persons: [PersonMention], parties: [PartyMention]) -> [(mention: PartyMention, role: PersonRole?)] {
        var result: [(mention: PartyMention, role: PersonRole?)] = []
        for line in document.leadLines {
            var k = line.lowerBound
            while k < line.upperBound {
                guard firstWords.contains(k, in: document),
                      let match = matcher.lookUp(at: k, in: document).first(where: { $0.end <= line.upperBound }) else { k += 1; continue }
                k = match.end
                let form = forms[matcher.entries[match.entry].value]
                guard let code = form.party, Self.writtenAsName(match, document),
                      !form.guarded || Self.titled(match.first, floor: line.lowerBound, document),
                      !parties.contains(where: { $0.first < match.end && match.first < $0.end }),
                      !persons.contains(where: { $0.first < match.end && match.first < $0.end }) else { continue }
                let roles = Set(form.offices.map(\.role))
                result.append((PartyMention(first: match.first, end: match.end, code: code, isPlace: false,
                                            proclitics: match.reading.prefix), roles.count == 1 ? roles.first! : nil))
            }
        }
        return result
    }

    /// The offices whose known holders `named` names, each with its one party: "The Prime
    /// Minister thanked…" in a readout whose lead names Keir Starmer is his. An office two
    /// named officials hold for two parties says nothing.
    static func holders(_ named: [(mention: PartyMention, role: PersonRole?)]) -> [PersonRole: PartyCode] {
        onePartyEach(named.compactMap { m in m.role.flatMap { role in m.mention.code.map { (role, $0) } } })
    }

    /// Each office with the one party all its holders in `offices` serve; an office held for two
    /// parties, or by a holder whose party is unknown (nil), says nothing.
    static func onePartyEach(_ offices: [(role: PersonRole, party: PartyCode?)]) -> [PersonRole: PartyCode] {
        var result: [PersonRole: PartyCode?] = [:]
        for (role, party) in offices {
            result[role] = result[role].map { $0 == party ? party : nil } ?? party
        }
        return result.compactMapValues { $0 }
    }

    /// A Latin name is capitalised ("May" the prime minister, not "may"); Arabic has no case.
    private static func writtenAsName(_ match: PhraseMatcher<Int>.Match, _ document: Document) -> Bool {
        let last = document.tokens[match.end - 1].surface
        guard let first = last.unicodeScalars.first, first.properties.isAlphabetic, !(document.analyses[match.end - 1]?.isArabic ?? false) else {
            return true
        }
        return first.properties.isUppercase
    }

    /// Whether a title ends right before token `index` ("President Abbas", "الرئيس عباس").
    private static func titled(_ index: Int, floor: Int, _ document: Document) -> Bool {
        let roles = RoleLexicon.of(document.language)
        return (max(floor, index - 5)..<index).contains { k in roles.matcher.matches(at: k, in: document).contains { $0.end == index } }
    }
}
