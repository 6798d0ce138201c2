import Model

/// GUIDELINES: a host state is a party, also when the text names it only as
/// the place of the meeting ("the Arab-African summit in Equatorial Guinea",
/// "la session tenue au Nigéria", "الاجتماع المنعقد في عمّان") and the venue
/// finder has no city for it.
extension HostState {
    /// `issuer-links.txt`: meeting words, the words that may stand between one and "in", and "in".
    static let placeWords: (gathered: FoldedWordSet, held: FoldedWordSet, placed: FoldedWordSet, summit: FoldedWordSet) = {
        let words = IssuerFinder.linkClasses
        return (words["gathered"] ?? [], words["held"] ?? [], words["placed"] ?? [], words["summit"] ?? [])
    }()

    /// The first state the headline or the lead (`lead`) names as the place of an organisation's
    /// meeting, when it is not an issuer already. Further down, a session "held in" a state is
    /// more often an earlier one whose decisions the text recalls.
    static func placed(
        in document: Document, mentions: [PartyMention], issuers: [PartyCode], kind: StatementKind, summit: Bool, lead: [Range<Int>]
    ) -> PartyCode? {
        guard kind == .communique || kind == .declaration else { return nil }
        let bodies = issuers.filter { Organization.named($0) != nil }
        guard !bodies.isEmpty else { return nil }
        let organisations = Set(mentions.filter { $0.code.map { Organization.named($0) != nil } == true }.flatMap { $0.first..<$0.end })
        let seatStates = Set(bodies.flatMap { seats[$0] ?? [] }.compactMap(CityLexicon.shared.country(ofVenue:)))
        for mention in mentions where lead.contains(where: { $0.contains(mention.first) }) {
            guard let code = mention.code, code.isCountry, Organization.named(code) == nil, !issuers.contains(code),
                  isMeetingPlace(mention.first, document, organisations: organisations) else { continue }
            // A council at its organisation's seat is hosted by nobody; a summit there is hosted.
            if seatStates.contains(code), !summit { continue }
            return code
        }
        return nil
    }

    /// Whether the name at `first` follows "in" after a meeting word: right
    /// after "held in" ("المنعقد في", "qui s'est tenue au"), up to three other
    /// words may stand before the meeting word; otherwise one at most, beside
    /// articles, commas and the organisation's name or adjective ("القمة
    /// العربية الأفريقية الرابعة في"): not "the meeting on the situation in …".
    static func isMeetingPlace(_ first: Int, _ document: Document, organisations: Set<Int>) -> Bool {
        guard placeWords.placed.contains(first - 1, in: document) else { return false }
        var k = first - 2
        while k >= 0, placeWords.held.contains(k, in: document) || isMark(k, document) { k -= 1 }
        let allowed = k < first - 2 && (k + 1..<first - 1).contains { placeWords.held.contains($0, in: document) } ? 3 : 1
        var others = 0
        while k >= 0, first - k <= maxReach {
            if has(placeWords.gathered, k, document) { return true }
            if document.tokens[k].kind == .punctuation {
                guard isMark(k, document) else { return false }
            } else if !isBetweenWord(k, document), !organisations.contains(k) {
                others += 1
                if others > allowed { return false }
            }
            k -= 1
        }
        return false
    }

    /// Hyphens, apostrophes and commas, which may stand between a meeting word and its place.
    static func isMark(_ k: Int, _ document: Document) -> Bool {
        document.tokens[k].kind == .punctuation && ["-", "–", "'", "’", ",", "،"].contains(document.tokens[k].surface)
    }

    /// "held", "which was", "the", "of", an organisation's adjective, "ministers": words that
    /// may stand between a meeting word and its place.
    static func isBetweenWord(_ k: Int, _ document: Document) -> Bool {
        placeWords.held.contains(k, in: document) || IssuerFinder.links.link.contains(k, in: document)
            || GatheringBodies.body(at: k, document) != nil || has(GatheringBodies.lexicon.gatherings, k, document)
    }

    /// Whether the word at `k`, or its stem without the glued prepositions ("للاجتماع", "لوزراء"), is in `words`.
    static func has(_ words: FoldedWordSet, _ k: Int, _ document: Document) -> Bool {
        words.contains(k, in: document) || document.analyses[k]?.stemKeys.contains(where: words.contains) == true
    }

    /// How far before the name the meeting word may stand.
    static let maxReach = 12

    /// Whether the headline or the lead names a summit (of heads of state or government).
    static func namesSummit(_ lead: Range<Int>, _ document: Document) -> Bool {
        // ("لقمة العلا": the word with its glued preposition, as `has` reads it.)
        lead.contains { has(placeWords.summit, $0, document) }
    }
}
