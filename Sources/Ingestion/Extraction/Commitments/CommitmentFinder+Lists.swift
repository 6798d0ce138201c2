import Model

extension CommitmentFinder {
    /// The parties of the speakers listed before the one that starts at `start`:
    /// "Ghana's Mensah, Togo's Amegah and Benin's Houngbo agreed", "the Vietnamese
    /// and Thai ministers stressed". The last joiner must be "and"/"et", earlier ones
    /// may be commas. Nil when no list precedes or one of its officials has no known party
    /// (the caller's own rules decide then).
    func listedSpeakers(before start: Int, limit: Int) -> [PartyCode]? {
        var codes: [PartyCode] = []
        var k = start
        while true {
            let j = startOfDeterminers(before: k, limit: limit)
            guard j - 1 > limit else { break }
            let joined = codes.isEmpty ? Self.andEt.contains(j - 1, in: document) : Self.namesJoiners.contains(j - 1, in: document)
            guard joined, let item = listedSpeaker(endingAt: j - 1, limit: limit) else { break }
            guard let code = item.code else { return nil }
            codes.insert(code, at: 0)
            k = item.first
        }
        return codes.isEmpty ? nil : codes
    }

    /// A listed speaker ending at `end` (exclusive): an official by name or title, or a
    /// demonym standing before a shared title, with the country named before it.
    func listedSpeaker(endingAt end: Int, limit: Int) -> (code: PartyCode?, first: Int)? {
        if let p = personEnding[end], p.first >= limit {
            return withOwner(p.person.party ?? p.nameWords.lazy.compactMap { self.nameWordParty[WordKey($0)] }.first, first: p.first, limit: limit)
        }
        if let r = roleEnding[end], r.first >= limit { return withOwner(r.party, first: r.first, limit: limit) }
        if let m = mentionEnding[end], m.first >= limit, let code = m.code, !precededByPreposition(m.first) { return (code, m.first) }
        if let owner = possessiveOwner(ofNameEndingAt: end, limit: limit) { return (owner.code, owner.first) }
        return nil
    }

    /// "Uganda's Moses Kato" ending at `end` (exclusive): a name the person finder
    /// did not take (no title), owned by the country before it; its party and where it starts.
    func possessiveOwner(ofNameEndingAt end: Int, limit: Int) -> (code: PartyCode, first: Int)? {
        guard document.language == .english else { return nil }
        var k = end
        while k - 1 > limit, end - k < 4, document.tokens[k - 1].kind == .word, document.tokens[k - 1].surface.startsUppercase,
              mentionEnding[k] == nil, roleEnding[k] == nil, personEnding[k] == nil { k -= 1 }
        guard k < end, k - 3 >= limit, let m = mentionEnding[k - 2], m.first >= limit, isPossessive(after: m),
              let code = m.code else { return nil }
        return (code, m.first)
    }

    /// The country named right before an official: "Thai Foreign Minister", "Togo's President".
    func withOwner(_ code: PartyCode?, first: Int, limit: Int) -> (code: PartyCode?, first: Int) {
        if let m = mentionEnding[first], m.first >= limit, m.first < first, let c = m.code { return (code ?? c, m.first) }
        if first - 3 >= limit, document.folded(first - 1) == "s", Self.apostrophes.contains(document.tokens[first - 2].surface),
           let m = mentionEnding[first - 2], m.first >= limit, let c = m.code {
            return (code ?? c, m.first)
        }
        return (code, first)
    }

    static let apostrophes: Set<String> = ["'", "’"]
}
