/// The suffix half of ``ArabicStemmer``: peels endings from a window,
/// outermost first, and stops at a lexicon word when asked to.
struct ArabicSuffixRules {
    typealias L = ArabicLetter
    let lexicon: ArabicLexicon
    /// Whether a window that spells a broken plural stops the trimming
    /// (false while the plural's own singular is stemmed).
    var mapsPlurals = true

    /// Pronoun suffixes, longest first (two-letter ones before their tails).
    private static let pronouns: [[UInt16]] = [
        [L.ha, L.mim, L.alef], [L.kaf, L.mim, L.alef],
        [L.ha, L.mim], [L.ha, L.nun], [L.kaf, L.mim], [L.ha, L.alef], [L.nun, L.alef],
    ]

    private static let alefTail: [UInt16] = [L.alef]
    private static let stanTail: [UInt16] = [L.sin, L.ta, L.alef, L.nun]

    /// Trims `view`; returns true when it stopped on a lexicon word.
    func trim(_ view: inout ArabicStemView, checkingLexicon check: Bool) -> Bool {
        if check, stops(&view) { return true }
        guard view.hi - view.lo >= 3 else { return false }

        // 1. Possessive pronoun, with the ة it turned into ت given back.
        var tookPronoun = false
        if check, view.fromEnd(0) == L.alef, view.fromEnd(1) != L.ha, view.hi - view.lo >= 4 {
            var bare = view
            bare.drop(1)
            if isProtected(bare) { view = bare; return true }       // بيانا is بيان, not بيا + نا
        }
        if !isVerbalNounOfFormVI(view) {
            for suffix in Self.pronouns where view.hi - view.lo - suffix.count >= 3 && ends(view, with: suffix) {
                view.drop(suffix.count)
                tookPronoun = true
                // The ة of a feminine noun is written ت before a pronoun; the
                // ت of a plural (علاقاتهما) is left to the plural rule.
                if view.fromEnd(0) == L.ta, view.fromEnd(1) != L.alef {
                    if check, isProtected(view) { return true }      // بيتهم: بيت keeps its ت
                    view.replaceLast(with: L.taMarbuta)
                }
                if check, stops(&view) { return true }             // قضايانا → قضايا
                // A final ى is written ا before a pronoun: قراها is قرى + ها.
                if check, mapsPlurals, view.fromEnd(0) == L.alef {
                    var maksura = view
                    maksura.replaceLast(with: L.alefMaksura)
                    if let key = maksura.key(), let singular = lexicon.plurals.singular(ofKey: key) {
                        view = maksura
                        view.singular = singular
                        return true
                    }
                }
                break
            }
            // ـته: "his"/"its" after a feminine noun (زيارته → زيارة).
            if !tookPronoun, view.hi - view.lo >= 4, view.ends(L.ta, L.ha) {
                view.drop(1)
                tookPronoun = true
                if check, isProtected(view) { return true }
                view.replaceLast(with: L.taMarbuta)
                if check, stops(&view) { return true }             // أسلحته → أسلحة
            }
        }

        // 2. The alif of an adverbial accusative (رسميا, مؤخرا) or of a
        //    country name whose adjective has none (فرنسا ~ فرنسي).
        if !tookPronoun, view.fromEnd(0) == L.alef, view.hi - view.lo >= 4, view.fromEnd(1) != L.alef {
            view.drop(1)
            if check, isProtected(view) { return true }
        }

        // 3. Plural and dual endings.
        if peelPlural(&view, feminine: true), check, isProtected(view) { return true }

        // 4. The feminine ending: ة, or ه (ة as some writers spell it, or
        //    the pronoun "his" on a noun: دعمه).
        let final = view.fromEnd(0)
        if final == L.taMarbuta || final == L.ha, view.hi - view.lo - 1 >= 3, view.fromEnd(1) != L.alef {
            view.drop(1)
            if check, isProtected(view) { return true }
        }

        // 5. The nisba ي, then whatever plural-looking ending the noun under
        //    it has, so that the adjective meets the noun's own stem.
        let nisba = view.fromEnd(0)
        if nisba == L.ya || nisba == L.alefMaksura, view.hi - view.lo - 1 >= 3 {
            if check {
                var country = view
                country.replaceLast(with: L.alef)                    // فرنسي → فرنسا
                if isProtected(country) { view = country; return true }
                country = view
                country.tail = Self.alefTail                         // تركي → تركيا
                if isProtected(country) { view = country; return true }
                country.drop(1)
                country.tail = Self.stanTail                         // أفغاني → أفغانستان
                if isProtected(country) { view = country; return true }
                var feminine = view
                feminine.replaceLast(with: L.taMarbuta)              // وزاري → وزارة
                if isProtected(feminine) { view = feminine; return true }
            }
            view.drop(1)
            if check, isProtected(view) { return true }
            // -awi nisba: آسيوي ~ آسيا, تنموي ~ تنمية.
            if view.fromEnd(0) == L.waw, view.hi - view.lo - 1 >= 3 {
                view.drop(1)
                if check, isProtected(view) { return true }
                return false
            }
            if peelPlural(&view, feminine: false), check, isProtected(view) { return true }
        }
        return false
    }

    /// Removes a plural or dual ending; returns whether it did.
    private func peelPlural(_ view: inout ArabicStemView, feminine: Bool) -> Bool {
        let n = view.hi - view.lo
        guard n >= 4, !isVerbalNounOfFormVI(view) else { return false }
        if feminine {
            // تان / تين: the dual of a feminine noun (الدولتين → دولة).
            if (view.ends(L.ta, L.alef, L.nun) || view.ends(L.ta, L.ya, L.nun)), n - 3 >= 2 {
                view.drop(2)
                view.replaceLast(with: L.taMarbuta)
                return true
            }
            // ات: the sound feminine plural stands for ة (مبادرات → مبادرة).
            if view.ends(L.alef, L.ta), n - 2 >= 2 {
                view.drop(1)
                view.replaceLast(with: L.taMarbuta)
                return true
            }
        }
        guard n - 2 >= 3 else { return false }
        if view.ends(L.waw, L.nun) || view.ends(L.ya, L.nun) {
            // Form II verbal nouns of roots ending in ن: تأمين, تحسين, تمكين.
            if n == 5, view[view.lo] == L.ta, view.fromEnd(1) == L.ya { return false }
            view.drop(2)
            return true
        }
        if view.ends(L.alef, L.nun) {
            view.drop(2)
            return true
        }
        return false
    }

    /// تفاعل: five letters, ت then a letter then ا (تعاون, تفاهم, تضامن).
    private func isVerbalNounOfFormVI(_ view: ArabicStemView) -> Bool {
        view.hi - view.lo == 5 && view[view.lo] == L.ta && view[view.lo + 2] == L.alef
    }

    private func ends(_ view: ArabicStemView, with suffix: [UInt16]) -> Bool {
        let k = suffix.count
        guard view.hi - view.lo >= k else { return false }
        for (offset, letter) in suffix.enumerated() where view[view.hi - k + offset] != letter {
            return false
        }
        return true
    }

    /// Whether the window is a word the trimming stops at: a broken plural
    /// (whose singular it then records) or a protected stem.
    ///
    /// Plurals are looked for only on the whole word and once a pronoun is
    /// gone, never under a nisba ي: المدني "civil" must not become المدن
    /// "cities" and so مدينة.
    @inline(__always)
    private func stops(_ view: inout ArabicStemView) -> Bool {
        guard let key = view.key() else { return false }
        if mapsPlurals, let singular = lexicon.plurals.singular(ofKey: key) {
            view.singular = singular
            return true
        }
        return lexicon.isProtected(key)
    }

    @inline(__always)
    private func isProtected(_ view: ArabicStemView) -> Bool {
        guard let key = view.key() else { return false }
        return lexicon.isProtected(key)
    }
}
