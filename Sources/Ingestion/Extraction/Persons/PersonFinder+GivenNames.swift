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
}
