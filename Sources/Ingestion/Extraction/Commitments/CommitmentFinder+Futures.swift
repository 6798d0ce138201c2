import Model
import TextAnalysis

extension CommitmentFinder {
    /// French verbs in the future tense ("La France continuera de soutenir")
    /// pledge, when a party speaks: a rule on the ending, not a list of verbs.
    func withFrenchFutures(_ hits: [Hit], in range: Range<Int>) -> [Hit] {
        var result = hits
        // The cues' own tokens, read off their few ranges (a Set of them cost an array per hit).
        // An action word's hit states nothing itself: "renforceront" is still a future.
        for i in range where document.tokens[i].kind == .word && !hits.contains(where: { $0.first <= i && i < $0.end && $0.cue.type != nil }) {
            let word = document.folded(i)
            guard Self.isFrenchFuture(word), !Self.isPresentOfErer(document.tokens[i].surface) else { continue }
            result.append(Hit(first: i, end: i + 1, cue: .init(type: .pledge, role: .weak),
                              reading: .init(prefix: "", stem: word, suffix: ""), stem: word))
        }
        return result.sorted { $0.first < $1.first }
    }

    /// The third persons' and the first person plural's ("nous renforcerons"); "-uivra" is
    /// "poursuivra", "suivront" (not "devra", which obliges). Not "-irons": "nous tirons",
    /// "aspirons" are presents.
    static let frenchFutureEndings: [StaticString] = [
        "era", "eront", "erons", "ira", "iront", "dra", "dront", "drons", "uivra", "uivront", "uivrons",
    ]

    /// Whether a folded French word ends like a future of six letters or more.
    /// An ASCII word (most, once folded) is read on its bytes, each a Character (CR aside).
    static func isFrenchFuture(_ word: String) -> Bool {
        let ascii: Bool? = word.utf8.withContiguousStorageIfAvailable { bytes in
            !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D })
        }
        if ascii == true {
            return word.utf8.count >= 6 && word.lowercasedEnds(withAnyOf: frenchFutureEndings)
        }
        return word.count >= 6 && frenchFutureEndings.contains(where: { word.hasSuffix($0.description) })
    }

    /// "nous espérons", "considérons": the present of a verb in -érer ends like a future
    /// ("espérerons") once accents are folded; its surface keeps the accent.
    static func isPresentOfErer(_ surface: String) -> Bool {
        surface.hasSuffix("érons") || surface.hasSuffix("èrons")
    }

    /// The imperfect's person prefixes after the future's س (built once, not per sentence).
    static let imperfectPrefixes = Set(["ي", "ت", "ن"].map(WordAnalysis.fold))

    /// Whether the folded word holds س (UTF-8 D8 B3) at all. A base's proclitics
    /// are the word's first letters, and ending with the Character س means holding
    /// that scalar (nothing else decomposes to it): a word without it has no future's
    /// prefix, and its bases need no look.
    static func mayHaveSin(_ folded: String) -> Bool {
        let found: Bool? = folded.utf8.withContiguousStorageIfAvailable { bytes in
            var i = 1
            while i < bytes.count {
                if bytes[i] == 0xB3, bytes[i - 1] == 0xD8 { return true }
                i += 1
            }
            return false
        }
        return found ?? true
    }

    /// Arabic future verbs (ستواصل، سيعمل): س before an imperfect is a weak pledge,
    /// read by rule like the French future.
    func withArabicFutures(_ hits: [Hit], in range: Range<Int>) -> [Hit] {
        var result = hits
        // The cues' own tokens, read off their few ranges: a Set of them cost an
        // array per hit and a hash per token.
        for i in range where !hits.contains(where: { $0.first <= i && i < $0.end }) {
            guard let a = document.analyses[i], Self.mayHaveSin(a.folded),
                  let future = a.bases.first(where: {
                      $0.prefix.procliticsEnd(with: "س") && $0.base.count >= 4
                  }),
                  let first = future.base.first, Self.imperfectPrefixes.contains(String(first)),
                  // A noun that merely starts with س (وسيادتها، سياسة، سيارات) carries a noun's ending.
                  !Self.nounEndings.contains(where: { future.base.hasSuffix($0) }) else { continue }
            result.append(Hit(first: i, end: i + 1, cue: .init(type: .pledge, role: .weak),
                              reading: .init(prefix: future.prefix, stem: future.base, suffix: ""), stem: future.base))
        }
        return result.sorted { $0.first < $1.first }
    }
}
