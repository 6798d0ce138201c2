import Model

/// A commitment clause before its parties are final: "the two sides" and
/// clauses without a named speaker wait for the issuers to be known.
struct Clause: Sendable {
    enum Speaker: Sendable, Hashable {
        /// Parties named as the clause's subject.
        case parties([PartyCode])
        /// "the two sides", or nobody named: whoever issued the statement.
        case issuers
    }

    /// Token indices `first..<end`.
    var first: Int
    var end: Int
    var type: CommitmentType
    var speaker: Speaker
    /// Whether the text itself names the speaker (and not a default or an inheritance).
    var speakerNamed: Bool
    /// Whether the speaker was "the two sides" (which asks for two issuers).
    var speakerIsDual = false
    /// For "the two sides": the last two parties the text named speaking together
    /// before it, which they are when the statement has more than two issuers.
    var pairNamedBefore: [PartyCode]?
    /// Recalled from before ("وكان الاتحاد الأفريقي قد رحب", "had welcomed"):
    /// its speaker is no issuer of this statement.
    var isBackground = false
    /// A negated stance or a dissent ("did not back", "لم توافق", "s'est opposée à la
    /// déclaration"): its speaker withheld assent, so it makes no issuer of this statement.
    var isDissent = false
    /// Spoken by "the Kingdom": the issuer that is a kingdom.
    var speakerIsKingdom = false
    /// Spoken by "the ministers", "les dirigeants": all the issuers together,
    /// both sides of talks even in one side's account of them.
    var speakerIsPlural = false
    /// Spoken by a named official whose party was not yet known: where the
    /// official's mention starts (see `PersonMention.first`).
    var speakerOfficial: Int?
    /// For a speaker the text does not name: the party whose stance it affirms
    /// ("وأكدت الوزارة وقوف الشعب الأردني…"), which it speaks for.
    var ownSide: PartyCode?
    var topics: [Topic]
    var context: CommitmentContext?
    var target: String?
}
