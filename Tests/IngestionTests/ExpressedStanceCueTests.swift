import Model
import XCTest

/// A stance expressed through "أعرب/عبّر عن" + a noun takes the noun's type,
/// for the whole family of such nouns; congratulating is a welcome and
/// highlighting an importance a position.
final class ExpressedStanceCueTests: XCTestCase {
    /// The talks each case's sentence follows.
    private static let opening = "عقدت مصر وكينيا مشاورات في نيروبي. "

    /// Each sentence, after `opening`, gives commitments of exactly these types.
    private func checkTypes(_ cases: [(String, [CommitmentType], UInt)]) {
        for (sentence, expected, line) in cases {
            let found = TestSupport.extract(Self.opening + sentence, language: .arabic).commitments.map(\.type)
            XCTAssertEqual(found, expected, sentence, line: line)
        }
    }

    func testAnExpressedStanceTakesItsNounsType() {
        let cases: [(String, [CommitmentType], UInt)] = [
            ("وأعربت وزارة الخارجية المصرية عن إدانتها واستنكارها للهجوم على قافلة الإغاثة.", [.condemn], #line),
            ("وأعربت مصر عن ادانة واستنكار التفجير الذي استهدف محطة الكهرباء.", [.condemn], #line),
            ("وعبرت كينيا عن استنكارها الشديد لاقتحام مقر البعثة.", [.condemn], #line),
            ("وعبر الوزير المصري عن مساندة بلاده لجهود الوساطة في القرن الأفريقي.", [.support], #line),
            ("وعبّرت كينيا عن تأييدها لمبادرة السلام الأفريقية.", [.support], #line),
            ("وأبرز الوزيران أهمية توسيع التبادل التجاري بين البلدين.", [.position], #line),
            ("ويهنئ الرئيس المصري نظيره الكيني بنجاح الانتخابات.", [.welcome], #line),
            ("وتهنئ مصر الشعب الكيني بعيده الوطني.", [.welcome], #line),
            ("وعبرت مصر عن امتنانها لحسن الاستقبال.", [.welcome], #line),
        ]
        checkTypes(cases)
    }

    /// "هنّأ" folds to "هنا" (here), so the past congratulation is read as
    /// written: its hamza, with or without harakat, a و before it, an ending after.
    func testThePastCongratulationIsReadByItsHamza() {
        let cases: [(String, [CommitmentType], UInt)] = [
            ("وهنّأ الرئيس المصري نظيره الكيني على فوزه في الانتخابات.", [.welcome], #line),
            ("هنأ المجلس الأعلى سلطنة عمان على نجاح الانتخابات البلدية.", [.welcome], #line),
            ("وهنأت مصر كينيا بعيدها الوطني.", [.welcome], #line),
            ("وهَنَّأَ الرئيس الكيني نظيره المصري بنجاح المؤتمر.", [.welcome], #line),
            ("وهنآ الشعبين بذكرى إقامة العلاقات الدبلوماسية بين البلدين.", [.welcome], #line),
        ]
        checkTypes(cases)
        let egypt = TestSupport.extract(Self.opening + "وهنأت مصر كينيا بعيدها الوطني.", language: .arabic).commitments
        XCTAssertEqual(egypt.map(\.by), [[PartyCode("EG")]])
    }

    /// "هنّأ" folds to "هنا", the common adverb "here": that word alone is no welcome.
    func testTheAdverbHereIsNoCongratulation() {
        let cases: [(String, [CommitmentType], UInt)] = [
            ("ومن هنا اتفق الجانبان على توسيع التعاون الزراعي.", [.pledge], #line),
            ("وقال الوزير إن المسؤولية تقع هنا على عاتق المجتمع الدولي.", [.position], #line),
            ("وهنا أعربت مصر عن أملها في نجاح جولة المفاوضات المقبلة.", [.position], #line),
        ]
        checkTypes(cases)
    }
}
