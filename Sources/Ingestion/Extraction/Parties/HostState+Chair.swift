import Model

/// GUIDELINES: a host state is a party, also when the text names it only as
/// the chair or host of the organisation's meeting ("hosted by the
/// Philippines", "under Qatar's chairmanship", "sous la présidence du
/// Sénégal", "برئاسة المملكة المغربية") and names no city for it.
extension HostState {
    /// `issuer-links.txt`: the words of chairing or hosting, and "by".
    static let chairWords: (chair: FoldedWordSet, by: FoldedWordSet) = {
        let words = IssuerFinder.linkClasses
        return (words["chair"] ?? [], words["by"] ?? [])
    }()

    /// The first state the headline or the lead (`lead`) names as the chair or host of an
    /// organisation's meeting, when it is not an issuer already.
    static func chair(
        in document: Document, mentions: [PartyMention], issuers: [PartyCode], kind: StatementKind, lead: Range<Int>
    ) -> PartyCode? {
        guard kind == .communique || kind == .declaration, issuers.contains(where: { Organization.named($0) != nil }) else { return nil }
        return mentions.first { mention in
            guard let code = mention.code, lead.contains(mention.first), code.isCountry, Organization.named(code) == nil,
                  !issuers.contains(code) else { return false }
            return isChairNamedBefore(mention.first, document) || isChairNamedAfter(mention.end, document)
        }?.code
    }

    /// "chaired by the", "présidence de la République du", "برئاسة": a chair word before `first`,
    /// with at most `chairReach` articles, "of" and "by" between.
    static func isChairNamedBefore(_ first: Int, _ document: Document) -> Bool {
        var k = first - 1
        while k >= 0, first - k <= chairReach,
              IssuerFinder.links.link.contains(k, in: document) || chairWords.by.contains(k, in: document) || isMark(k, document) {
            k -= 1
        }
        return k >= 0 && has(chairWords.chair, k, document)
    }

    /// "Qatar's chairmanship", "la présidence sénégalaise" (the adjective then follows the word).
    static func isChairNamedAfter(_ end: Int, _ document: Document) -> Bool {
        var k = end
        if k < document.tokens.count, IssuerFinder.isApostrophe(k, document) { k += 1 }
        if k < document.tokens.count, document.folded(k) == "s" { k += 1 }
        return k > end && k < document.tokens.count && chairWords.chair.contains(k, in: document)
    }

    /// How many words may stand between a chair word and the state's name.
    static let chairReach = 4
}
