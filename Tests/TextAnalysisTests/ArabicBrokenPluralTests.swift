import XCTest
@testable import TextAnalysis

/// Broken plurals meet their singulars (`Lexicons/arabic-broken-plurals.txt`),
/// both ways and under proclitics and pronouns, without joining words that
/// only look alike.
final class ArabicBrokenPluralTests: XCTestCase {
    private let analyzer = SearchAnalyzer()

    private func documentTerms(_ word: String) -> Set<String> {
        Set(analyzer.analyze(word, language: .arabic).map(\.term))
    }

    private func finds(_ query: String, _ text: String) -> Bool {
        !analyzer.queryTerms(query).isDisjoint(with: documentTerms(text))
    }

    /// Plural and singular (or two forms of them): each finds the other.
    static let mustMeet: [(String, String)] = [
        ("مشاريع", "مشروع"), ("المشاريع", "المشروع"), ("قضايا", "قضية"), ("القضايا", "القضيه"),
        ("مبادئ", "مبدأ"), ("المبادئ", "مبدا"), ("شعوب", "شعب"), ("الشعوب", "الشعب"),
        ("وزراء", "وزير"), ("الوزراء", "الوزير"), ("مناطق", "منطقة"), ("المناطق", "المنطقه"),
        ("سفراء", "سفير"), ("السفراء", "السفير"), ("أراضي", "أرض"), ("الأراضي", "الارض"),
        ("أراض", "أرض"), ("دول", "دولة"), ("الدول", "الدوله"), ("بلاد", "بلد"),
        ("قضايانا", "قضية"), ("أسلحتهم", "السلاح"), ("أسلحته", "سلاح"), ("وزراؤها", "وزير"),
        ("وبالمشاريع", "مشروع"), ("للسفراء", "سفير"), ("والقادة", "القائد"), ("قادتهما", "قائد"),
        ("الأمم", "الأمة"), ("مدن", "مدينة"), ("المدن", "المدينه"), ("حقوق", "حق"),
        ("الحقوق", "الحق"), ("شؤون", "شأن"), ("الشئون", "الشأن"), ("أحزاب", "حزب"),
        ("رؤساء", "رئيس"), ("زعماء", "زعيم"), ("شركاء", "شريك"), ("حلفاء", "الحليف"),
        ("خبراء", "خبير"), ("أعضاء", "عضو"), ("نواب", "النائب"), ("بنود", "البند"),
        ("مواقف", "موقف"), ("آراء", "رأي"), ("أسس", "أساس"), ("قواعد", "القاعدة"),
        ("أهداف", "هدف"), ("مصالح", "المصلحة"), ("حلول", "حل"), ("وسائل", "وسيلة"),
        ("برامج", "برنامج"), ("خطط", "خطة"), ("مراحل", "المرحلة"), ("أمور", "أمر"),
        ("مسائل", "مسألة"), ("أحداث", "حدث"), ("ظروف", "ظرف"), ("أوضاع", "الوضع"),
        ("شروط", "شرط"), ("قوانين", "قانون"), ("أحكام", "حكم"), ("محاكم", "المحكمة"),
        ("جرائم", "جريمة"), ("أدلة", "دليل"), ("وثائق", "الوثيقة"), ("مواثيق", "ميثاق"),
        ("أسواق", "السوق"), ("أسعار", "سعر"), ("أموال", "مال"), ("موارد", "مورد"),
        ("مصادر", "مصدر"), ("بنوك", "بنك"), ("قروض", "قرض"), ("ديون", "الدين"),
        ("ضرائب", "ضريبة"), ("أرباح", "ربح"), ("خسائر", "خسارة"), ("صناديق", "صندوق"),
        ("جيوش", "جيش"), ("حروب", "الحرب"), ("معارك", "معركة"), ("صواريخ", "صاروخ"),
        ("أسلحة", "سلاح"), ("ذخائر", "ذخيرة"), ("سفن", "سفينة"), ("موانئ", "ميناء"),
        ("جزر", "جزيرة"), ("قرى", "قرية"), ("حدود", "الحد"), ("أيام", "يوم"),
        ("أعوام", "عام"), ("أسابيع", "أسبوع"), ("ملايين", "مليون"), ("آلاف", "ألف"),
        ("ضحايا", "ضحية"), ("شهداء", "شهيد"), ("جنود", "الجندي"), ("قتلى", "قتيل"),
        ("لجان", "لجنة"), ("وفود", "وفد"), ("مجالس", "مجلس"), ("أجهزة", "جهاز"),
        ("أنظمة", "نظام"), ("تقارير", "تقرير"), ("رسائل", "رسالة"), ("أفكار", "فكرة"),
        ("نساء", "امرأة"), ("أطفال", "طفل"), ("رجال", "رجل"), ("عوامل", "عامل"),
        ("المبادىء", "مبدأ"), ("موانىء", "الميناء"), ("الشواطىء", "شاطئ"),
        ("قراها", "قرية"), ("جرحاهم", "الجريح"), ("شكاواهم", "شكوى"), ("رؤاهما", "رؤية"),
    ]

    /// Words a plural mapping must not join: plurals left out on purpose,
    /// and words that share letters with a listed plural.
    static let mustDiffer: [(String, String)] = [
        ("المدني", "المدن"), ("المدنية", "المدن"), ("الأسرة", "الأسر"), ("العمال", "العوامل"),
        ("الأديان", "الديون"), ("الأشهر", "شهر"), ("الطقس", "الطقوس"), ("الأوامر", "الأمور"),
        ("الأملاك", "الملوك"), ("فرق", "فريق"), ("العلماء", "العالم"), ("كتب", "الكتاب"),
        ("أسهم", "سهم"), ("دور", "الدار"), ("المزارع", "المزرعة"), ("مواطن", "موطن"),
        ("أخلاق", "خلق"), ("الأسود", "أسد"), ("الأممي", "أمي"), ("حقوقي", "حق"),
        ("الجيران", "جير"), ("الجرحى", "جرح"), ("كراسي", "رأس"), ("الأبنية", "ابن"),
        ("السكان", "سكين"), ("الأقارب", "قارب"), ("القوارب", "قريب"), ("مناطق", "منطق"),
    ]

    func testListHasEnoughPairsAndNoneIsIgnored() {
        let plurals = ArabicLexicon.shared.plurals
        XCTAssertGreaterThanOrEqual(plurals.pairCount, 600)
        XCTAssertEqual(plurals.ignoredPlurals, 0, "a plural spells a singular, or two singulars claim it")
    }

    func testPluralsAndSingularsFindEachOther() {
        var failures: [String] = []
        for (a, b) in Self.mustMeet where !(finds(a, b) && finds(b, a)) {
            failures.append("\(a) \(documentTerms(a).sorted()) ≠ \(b) \(documentTerms(b).sorted())")
        }
        XCTAssertEqual(failures, [], "\(Self.mustMeet.count - failures.count)/\(Self.mustMeet.count) meet")
    }

    func testLookAlikesStayApart() {
        var failures: [String] = []
        for (a, b) in Self.mustDiffer where finds(a, b) || finds(b, a) {
            failures.append("\(a) \(documentTerms(a).sorted()) = \(b) \(documentTerms(b).sorted())")
        }
        XCTAssertEqual(failures, [], "\(Self.mustDiffer.count - failures.count)/\(Self.mustDiffer.count) apart")
    }

    /// A listed plural whose stem, without the list, is another line's
    /// singular's (الجرحى "the wounded" fell on جرح "wound", كراسي
    /// "chairs" on رأس "head") must now meet its own singular only.
    func testPluralsThatLookedLikeAnotherSingularLeaveIt() {
        let lexicon = ArabicLexicon.shared
        let text = EmbeddedFiles.files["arabic-broken-plurals.txt"] ?? ""
        var singularOfStem: [String: String] = [:]
        var lines: [[String]] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let words = (line.split(separator: "#", omittingEmptySubsequences: false).first ?? "")
                .split(whereSeparator: \.isWhitespace).map(String.init)
            guard words.count >= 2 else { continue }
            lines.append(words)
            singularOfStem[plainStem(words[0], lexicon)] = words[0]
        }
        var lookAlikes = 0
        var failures: [String] = []
        for words in lines {
            for plural in words.dropFirst() {
                guard let other = singularOfStem[plainStem(plural, lexicon)], other != words[0] else { continue }
                lookAlikes += 1
                if finds(plural, other) || finds(other, plural) || !finds(plural, words[0]) {
                    failures.append("\(plural) (\(words[0])) ~ \(other)")
                }
            }
        }
        XCTAssertGreaterThan(lookAlikes, 0)
        XCTAssertEqual(failures, [])
    }

    /// The stem of `word` without the plural list.
    private func plainStem(_ word: String, _ lexicon: ArabicLexicon) -> String {
        let letters: [UInt16] = word.unicodeScalars.compactMap { ArabicNormalizer.lightFold(UInt16($0.value)) }
        var out: [UInt8] = []
        letters.withUnsafeBufferPointer {
            ArabicStemmer.stemViews($0, lexicon: lexicon, mapsPlurals: false).stem.appendFolded(to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
