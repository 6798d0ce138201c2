import Model
import TextAnalysis

extension CommitmentFinder {
    /// Arabic verbs read as written (`CueLexicon.writtenVerbs`): "وهنّأ المجلس
    /// …" congratulates, though folded it is "هنا" (here). Harakat and tatweel
    /// aside, the word must be و or ف, the verb with its hamza, and an ending.
    func withWrittenVerbs(_ hits: [Hit], in range: Range<Int>) -> [Hit] {
        var result = hits
        for i in range where !hits.contains(where: { $0.first <= i && i < $0.end }) {
            guard let a = document.analyses[i], cues.writtenVerbKeys.contains(a.foldedKey) else { continue }
            let bare = String(String.UnicodeScalarView(document.tokens[i].surface.unicodeScalars.filter { !Self.isArabicMark($0) }))
            for proclitic in CueLexicon.writtenVerbProclitics.reversed() where bare.hasPrefix(proclitic) {
                let rest = bare.dropFirst(proclitic.count)
                guard let verb = cues.writtenVerbs.first(where: { rest.hasPrefix($0.written) }) else { continue }
                let ending = String(rest.dropFirst(verb.written.count))
                guard CueLexicon.writtenVerbEndings.contains(ending) else { continue }
                // The subject's ending tells a dual or a plural speaker; an object's is no possessive.
                let subject = Self.dualEndings.contains(ending) || Self.pluralVerbEndings.contains(ending) ? ending : ""
                let stem = WordAnalysis.fold(verb.written)
                result.append(Hit(first: i, end: i + 1, cue: .init(type: verb.type, role: .verb),
                                  reading: .init(prefix: proclitic, stem: stem, suffix: subject), stem: stem))
                break
            }
        }
        return result.sorted { $0.first < $1.first }
    }

    /// Harakat and shadda (U+064B–U+0652, U+0656–U+065F), the dagger alif and
    /// tatweel: marks a written word is read without. Not a combining hamza or
    /// madda (U+0653–U+0655), which "هنأ" may be written with.
    static func isArabicMark(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (0x064B...0x0652).contains(v) || (0x0656...0x065F).contains(v) || v == 0x0670 || v == 0x0640
    }
}
