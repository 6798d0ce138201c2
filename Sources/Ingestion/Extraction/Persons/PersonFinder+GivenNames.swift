extension PersonFinder {
    /// "حسين أمير عبد اللهيان": inside an Arabic name, a title that is also a given name
    /// (`person-words.txt`, given-title) is part of the name when another name word follows.
    static func isGivenName(_ i: Int, words: Int, limit: Int, _ document: Document, _ partyAt: TokenMap<PartyMention>) -> Bool {
        guard words > 0, i + 1 < limit, PersonWords.shared.givenTitle.contains(i, in: document),
              document.tokens[i + 1].kind == .word, partyAt[i + 1] == nil,
              // "… آل ثاني أمير دولة قطر": the title of the state's name that follows.
              !stateWords.contains(i + 1, in: document) else { return false }
        let next = document.folded(i + 1)
        return !next.arabicStarts(with: "ال") && !next.arabicStarts(with: "و")
    }

    /// "Giorgia Meloni" written "جورجيا ميلوني", "Israel Katz": a country's one-word
    /// name where a name starts, followed by a word that goes on with the name (in
    /// Latin script, one capitalised surname), is the person's given name. A country
    /// with the article ("الأردن") or followed by another party, a title or a stop word is not.
    static func isCountryAsGivenName(_ i: Int, limit: Int, _ document: Document, _ partyAt: TokenMap<PartyMention>,
                                     _ roles: RoleLexicon) -> Bool {
        guard let mention = partyAt[i], mention.first == i, mention.end == i + 1, i + 1 < limit,
              document.tokens[i + 1].kind == .word, partyAt[i + 1] == nil,
              roles.matcher.matches(at: i + 1, in: document).isEmpty else { return false }
        if document.language == .arabic {
            // "وزيرا خارجية مصر والبحرين سامح شكري": a country joined by و is the list's next state.
            return !document.folded(i).arabicStarts(with: "ال") && !document.folded(i).arabicStarts(with: "و")
                && !document.folded(i + 1).arabicStarts(with: "ال")
                && !arabicStops.contains(i + 1, in: document)
        }
        // One surname after it: "President Indonesia Joko Widodo" writes the country as a title's complement.
        let surnameEnds = i + 2 >= limit || document.tokens[i + 2].kind != .word || !document.tokens[i + 2].surface.startsUppercase
        return document.tokens[i + 1].surface.startsUppercase && !PersonWords.shared.stop.contains(i + 1, in: document) && surnameEnds
    }
}
