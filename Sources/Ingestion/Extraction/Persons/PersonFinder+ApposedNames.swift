import Model

extension PersonFinder {
    /// "…، وسامي حداد، رئيس وزراء لبنان": an Arabic name set off by commas before its title, in a
    /// list of participants. Arabic has no capitals to tell a name, so only two to four plain words
    /// that open after a comma (with the list's و glued to the first), a rank, or the preposition of
    /// the talks ("مع كمال الصيد، رئيس حكومة …") count: no stop word, party, title, cue or topic word
    /// among them.
    static func arabicNameBeforeComma(_ titleStart: Int, floor: Int, _ document: Document, _ partyAt: TokenMap<PartyMention>,
                                      _ roles: RoleLexicon) -> (Int, Int)? {
        let comma = titleStart - 1
        guard document.language == .arabic, comma > floor, commas.contains(document.tokens[comma].surface) else { return nil }
        var k = comma - 1
        while k > floor, comma - k <= 4, document.tokens[k].kind == .word {
            if arabicStops.contains(k, in: document) || partyAt[k] != nil || !roles.matcher.matches(at: k, in: document).isEmpty
                || !CueLexicon.arabic.matcher.matches(at: k, in: document).isEmpty
                || !TopicClassifier.arabic.matcher.matches(at: k, in: document).isEmpty { return nil }
            if comma - k >= 2, commas.contains(document.tokens[k - 1].surface) || apposedOpeners.contains(k - 1, in: document) {
                return (k, comma)
            }
            // "… من الفريق أول ركن X Y، رئيس …": a rank or a form of address opens the name too.
            if comma - k >= 2, (max(floor, k - 4)..<k).contains(where: { HonorificLexicon.shared.length(at: $0, limit: k, in: document) == k - $0 }) {
                return (k, comma)
            }
            k -= 1
        }
        return nil
    }

    static let apposedOpeners = PersonWords.shared.lists.folded("apposed-opener")

    /// The mention of a name found by `arabicNameBeforeComma`, without the list's و.
    static func apposedMention(_ role: PersonRole, _ party: PartyCode?, _ name: (Int, Int), titleEnd: Int, _ document: Document) -> PersonMention {
        var m = mention(role, party, name.0, name.0, name.1, document)
        m.end = titleEnd
        if document.folded(name.0).arabicStarts(with: "و") {
            m.person.name = document.cleanText(document.tokens[name.0].start + 1, document.tokens[name.1 - 1].end)
        }
        return m
    }
}
