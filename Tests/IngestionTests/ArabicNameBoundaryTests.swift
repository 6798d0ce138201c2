import Model
import XCTest

/// An Arabic name keeps a middle name that is also a title ("أمير"), and
/// stops before the dual verb that follows the second of two names; a later
/// surname then speaks for that official's side alone. A name set off by
/// commas before its title in a list of participants is that title's holder.
final class ArabicNameBoundaryTests: XCTestCase {
    func testATitleLikeMiddleNameStaysAndADualVerbEndsTheName() {
        let cases: [(String, [Person], UInt)] = [
            ("جرت محادثات هاتفية بين وزير الخارجية المصري سامح أمير حمدان ونظيره الكيني موسى كاماو تباحثا خلالها في العلاقات الثنائية.",
             [Person(name: "سامح أمير حمدان", role: .foreignMinister, party: "EG"),
              Person(name: "موسى كاماو", role: .foreignMinister, party: "KE")], #line),
            ("التقى رئيس الوزراء المصري يوسف أمير نصار ونظيره الكيني جون موانجي ناقشا خلالها ملف المياه.",
             [Person(name: "يوسف أمير نصار", role: .primeMinister, party: "EG"),
              Person(name: "جون موانجي", role: .primeMinister, party: "KE")], #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(TestSupport.extract(text, language: .arabic).persons, expected, text, line: line)
        }
    }

    /// "تحادث … هاتفيا مع": how the talks were held ends the name before it.
    func testAnAdverbOfTheTalksEndsTheName() {
        let cases: [(String, [Person], UInt)] = [
            ("تحادث الوزير الأول الجزائري سليم بن عمار هاتفيا مع رئيس الحكومة التونسية كمال الصيد.",
             [Person(name: "سليم بن عمار", role: .primeMinister, party: "DZ"),
              Person(name: "كمال الصيد", role: .primeMinister, party: "TN")], #line),
            ("اجتمع وزير الخارجية المصري سامح حمدان افتراضيا مع وزير الخارجية الكيني موسى كاماو لبحث ملف المياه.",
             [Person(name: "سامح حمدان", role: .foreignMinister, party: "EG"),
              Person(name: "موسى كاماو", role: .foreignMinister, party: "KE")], #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(TestSupport.extract(text, language: .arabic).persons, expected, text, line: line)
        }
    }

    func testASurnameSpeaksForItsOfficialsSide() {
        let text = "جرت محادثات هاتفية بين وزير الخارجية المصري سامح أمير حمدان ونظيره الكيني موسى كاماو. "
            + "وأشاد حمدان بجهود كينيا في الوساطة."
        XCTAssertEqual(TestSupport.extract(text, language: .arabic).commitments.map(\.by), [["EG"]])
    }

    func testANameBeforeItsTitleInAListOfParticipantsHoldsIt() {
        let cases: [(String, [Person], UInt)] = [
            ("عقدت في القاهرة قمة جمعت الرئيس المصري عبد الفتاح السيسي، وسامي حداد، رئيس وزراء لبنان، لبحث الأوضاع في المنطقة.",
             [Person(name: "عبد الفتاح السيسي", role: .president, party: "EG"),
              Person(name: "سامي حداد", role: .primeMinister, party: "LB")], #line),
            // After the preposition of the talks.
            ("تحادث الوزير الأول الجزائري سليم بن عمار هاتفيا مع كمال الصيد، رئيس حكومة الجمهورية التونسية.",
             [Person(name: "سليم بن عمار", role: .primeMinister, party: "DZ"),
              Person(name: "كمال الصيد", role: .primeMinister, party: "TN")], #line),
            // A title set off after another title names nobody new.
            ("وأكد الوزير، رئيس الوفد المصري، أهمية التعاون.", [], #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(TestSupport.extract(text, language: .arabic).persons, expected, text, line: line)
        }
    }

    /// "وكيل وزارة الخارجية العماني للشؤون السياسية": a title's complement behind a preposition
    /// is no name, though no name follows the title.
    func testATitlesComplementIsNoName() {
        let text = "بيان مشترك بين قطر وعمان\n\nاستقبل وزير الخارجية القطري في الدوحة اليوم وكيل وزارة الخارجية العماني "
            + "للشؤون السياسية، وبحث الجانبان تعزيز التعاون.\n"
        let persons = TestSupport.extract(text, language: .arabic).persons
        XCTAssertFalse(persons.contains { $0.name.hasPrefix("للشؤون") }, "\(persons)")
    }
}
