import Model

extension KnownOfficials {
    /// Gives each person the text names without a party ("President Obama", "الرئيس السيسي") the
    /// party of the office he is known to hold. A party the text gives stays: it is the text's word.
    func fillParties(_ persons: inout [PersonMention]) {
        for i in persons.indices where persons[i].person.party == nil {
            persons[i].person.party = party(of: persons[i])
        }
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
