import Model

extension KnownOfficials {
    /// Gives each person the text names without a party ("President Obama", "الرئيس السيسي") the
    /// party of the office he is known to hold. A party read from the context yields to a known
    /// holder of the very office the text titles him with ("President Obama" beside "the Prime
    /// Minister of Iraq" is still American); a common-name form never overrides.
    /// Returns the persons it gave a party to, by index, for `keepingSides`.
    @discardableResult
    func fillParties(_ persons: inout [PersonMention]) -> [(index: Int, party: PartyCode)] {
        var filled: [(index: Int, party: PartyCode)] = []
        for i in persons.indices {
            guard let code = persons[i].person.party == nil ? party(of: persons[i]) : holderParty(of: persons[i]),
                  code != persons[i].person.party else { continue }
            persons[i].person.party = code
            filled.append((i, code))
        }
        return filled
    }

    /// Runs `fill` on `persons` as if none of `known` were known, then gives them their known
    /// parties back: a known official must not take his side from a colleague the text also
    /// leaves without a country ("President X and Prime Minister Y", only Y known).
    /// When `fill` gave a known official another side than his, the side it gave him belongs to the
    /// colleague it gave his own to: the two were read in the wrong order.
    static func keepingSides(_ persons: inout [PersonMention], known: [(index: Int, party: PartyCode)],
                             fill: (inout [PersonMention]) -> Void) {
        for entry in known { persons[entry.index].person.party = nil }
        let unplaced = Set(persons.indices.filter { persons[$0].person.party == nil })
        fill(&persons)
        let knownIndices = Set(known.map(\.index))
        for entry in known {
            guard let read = persons[entry.index].person.party, read != entry.party else { continue }
            for i in unplaced where !knownIndices.contains(i) && persons[i].person.party == entry.party {
                persons[i].person.party = read
            }
        }
        for entry in known { persons[entry.index].person.party = entry.party }
    }

    /// The party of the known holder of the very office `mention` is titled with, named by an
    /// unguarded form: one party only.
    func holderParty(of mention: PersonMention) -> PartyCode? {
        guard let form = form(named: mention.nameWords), !form.guarded else { return nil }
        return Office.party(of: form.offices.filter { $0.role == mention.person.role })
    }

    /// The party of the known official `mention` names, when his title leaves one:
    /// a state's title takes a state's office (or an organisation's of that very title: the
    /// President of the European Commission), a secretary-general an organisation's,
    /// and a form that is also a common name needs the very title of his office.
    func party(of mention: PersonMention) -> PartyCode? {
        guard let form = form(named: mention.nameWords) else { return nil }
        let role = mention.person.role
        let fitting = form.offices.filter { office in
            let organisation = Organization.named(office.party) != nil
            if PersonParties.stateRoles.contains(role) { return !organisation || office.role == role }
            if role == .secretaryGeneral { return organisation }
            return true
        }
        let same = fitting.filter { $0.role == role }
        return Office.party(of: form.guarded || !same.isEmpty ? same : fitting)
    }
}
