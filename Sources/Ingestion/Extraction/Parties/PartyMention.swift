import Model

/// A party named in the text, or a phrase standing for the issuers.
struct PartyMention: Sendable {
    /// Token indices `first..<end`.
    var first: Int
    var end: Int
    /// nil for "the two sides" and its kin.
    var code: PartyCode?
    /// A capital named as a place ("في بكين", "in Beijing") rather than as a government.
    var isPlace: Bool
    /// "the two sides" rather than "the council": it asks for two issuers.
    var isDual = false
    /// "the ministers", "les dirigeants": all the issuers, without asking for two.
    var isPlural = false
    /// "المملكة", "the Kingdom": the issuer that is a kingdom.
    var isKingdom = false
    /// The Arabic proclitics glued to the name ("و", "ب", "لل"): a conjunction or a preposition.
    var proclitics = ""
    /// An Arabic nisba ("المصرية", "الصيني"): it qualifies the noun before it ("الحكومة المصرية").
    var isAdjective = false
    /// Nothing glued to the name but the article: not joined by و, nor the object of a preposition.
    var isUnattached: Bool { proclitics.isEmpty || proclitics == "ال" }
    /// ب or ل glued to the name (the article aside: "بمصر", "لليمن"): the object of a preposition.
    var isPrepositionsObject: Bool {
        let clitics = proclitics.withoutArticle
        return clitics.hasSuffix("ب") || clitics.hasSuffix("ل")
    }
    var isIssuersReference: Bool { code == nil }
}
