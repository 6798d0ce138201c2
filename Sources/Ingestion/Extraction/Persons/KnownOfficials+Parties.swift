import Model

extension KnownOfficials {
    /// Gives each person the text names without a party ("President Obama", "الرئيس السيسي") the
    /// party of the office he is known to hold. A party the text gives stays: it is the text's word.
    /// Returns the persons it gave a party to, by index, for `keepingSides`.
    @discardableResult
    func fillParties(_ persons: inout [PersonMention]) -> [(index: Int, party: PartyCode)] {
        var filled: [(index: Int, party: PartyCode)] = []
        for i in persons.indices where persons[i].person.party == nil {
            guard let code = party(of: persons[i]) else { continue }
            persons[i].person.party = code
            filled.append((i, code))
        }
        return filled
    }

    /// Runs `fill` on `persons` as if none of `known` were known, then gives them their known
    /// parties back: a known official must not take his side from a colleague the text also
    /// leaves without a country ("President X and Prime Minister Y", only Y known).
    static func keepingSides(_ persons: inout [PersonMention], known: [(index: Int, party: PartyCode)],
                             fill: (inout [PersonMention]) -> Void) {
        for entry in known { persons[entry.index].person.party = nil }
        fill(&persons)
        for entry in known { persons[entry.index].person.party = entry.party }
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
        let offices = form.guarded || !same.isEmpty ? same : fitting
        let parties = Set(offices.map(\.party))
        return parties.count == 1 ? parties.first : nil
    }
}
