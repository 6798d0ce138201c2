import Model

extension CommitmentFinder {
    /// "وأكدت الوزارة وقوف الشعب الأردني إلى جانب…", "تؤكد الخارجية دعم المملكة لـ…": a speaker
    /// the text does not name (a ministry whose country it leaves unsaid) affirming a stance
    /// whose agent is a party speaks for that party; the one stood beside or condemned is
    /// no speaker. Nil unless a position verb takes, as its first object, a bare stance noun
    /// followed by the party (across "الشعب", "دولة" and such words of a state), whose name
    /// takes the article only, no preposition; or unless the verb's own phrase ends in such a
    /// noun ("أعربت الوزارة عن إدانة دولة الكويت…").
    func ownSide(of head: Hit, in clause: Range<Int>, _ hits: [Hit]) -> PartyCode? {
        guard document.language == .arabic, head.cue.role == .verb || head.cue.role == .participle else { return nil }
        // "أعربت الوزارة عن إدانة دولة الكويت…": the verb's own phrase ends in the stance noun.
        if head.end - head.first > 1, head.cue.type != .position, head.cue.type != .call,
           document.analyses[head.end - 1]?.readings.first?.suffix.isEmpty == true {
            return agent(after: head.end - 1, in: clause)
        }
        guard head.cue.type == .position,
              let noun = hits.first(where: { $0.first >= head.end && $0.first < clause.upperBound }),
              document.wordCount(in: head.end..<noun.first) <= 2,
              let type = noun.cue.type, type != .position, type != .call,
              noun.reading.prefix.isEmpty, noun.reading.suffix.isEmpty else { return nil }
        // The agent right after the noun itself: a phrase cue ("وقوف … إلى جانب") ends at its object.
        return agent(after: noun.first, in: clause)
    }

    /// The country named right after the stance noun at `noun`, across words of a state or a people.
    func agent(after noun: Int, in clause: Range<Int>) -> PartyCode? {
        var k = noun + 1
        while k < clause.upperBound, k < noun + 3, mentionStarting[k] == nil,
              Self.stateWords.contains(k, in: document) || Self.peopleWords.contains(k, in: document) { k += 1 }
        guard k < clause.upperBound, let mention = mentionStarting[k], let code = mention.code, code.isCountry,
              mention.isUnattached else { return nil }
        return code
    }

    /// "الشعب", "قيادة": words between a stance noun and the state whose stance it is.
    static let peopleWords = clauseWords("peopleWords")
}
