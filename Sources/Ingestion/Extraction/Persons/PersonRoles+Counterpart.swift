import Model

/// Roles that a title alone leaves open and the person's counterpart settles.
enum CounterpartRoles {
    /// Titles of a cabinet member named without the department ("Secretary Reyes").
    static let bareCabinetTitles: FoldedWordSet = ["secretary"]

    /// A US "Secretary Reyes" whose counterpart in the article is another
    /// state's foreign minister is the Secretary of State (GUIDELINES:
    /// foreign_minister), as a readout of the State Department names him;
    /// a Secretary beside no foreign minister keeps `other`.
    static func settle(_ persons: inout [PersonMention], document: Document) {
        let us = PartyCode("US")
        let hasForeignCounterpart = persons.contains { $0.person.role == .foreignMinister && $0.person.party != us && $0.person.party != nil }
        let hasOwnForeignMinister = persons.contains { $0.person.role == .foreignMinister && $0.person.party == us }
        guard hasForeignCounterpart, !hasOwnForeignMinister else { return }
        for i in persons.indices where persons[i].person.role == .other && persons[i].person.party == us
            && bareCabinetTitles.contains(persons[i].first, in: document) {
            persons[i].person.role = .foreignMinister
        }
    }
}
