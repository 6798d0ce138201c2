import Model

/// A person found in the text, with where the title and the name stand.
struct PersonMention: Sendable {
    var person: Person
    /// Token indices of the title and name together.
    var first: Int
    var end: Int
    /// Folded words of the name, so that a later "Wang said" can be traced back.
    var nameWords: [String]
    /// The party is the one the title bears by itself ("Secretary" is the US's), not one the text gave.
    var partyIsTitles = false
}

/// A title standing alone or before a name ("the minister", "الوزير"), so
/// that a clause whose subject is a title can be given a party.
struct RoleMention: Sendable {
    var first: Int
    var end: Int
    var role: PersonRole
    var party: PartyCode?
}
