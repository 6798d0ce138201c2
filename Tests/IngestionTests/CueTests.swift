import Model
import XCTest

/// Cue matching by rule: clitics, gender and number agreement, inflection;
/// clause splitting; negation, condition and targets.
final class CueTests: XCTestCase {
    private func types(_ text: String, _ language: Language? = nil) -> [CommitmentType] {
        TestSupport.extract(text, language: language).commitments.map(\.type)
    }

    func testArabicAgreementAndClitics() {
        for verb in ["تدعم", "يدعم", "ندعم"] {
            let text = "وقال الوزير إن مصر \(verb) الحل السياسي."
            XCTAssertEqual(types(text), [.support], text)
        }
        for verb in ["أكد", "أكدت", "أكدا", "أكدوا", "وأكد", "وأكدت", "فأكد", "كما أكد", "وأكّد"] {
            let text = "\(verb) الجانبان أهمية الحوار."
            XCTAssertEqual(types(text), [.position], text)
        }
        for verb in ["دعا", "دعت", "دعوا", "ودعا", "وطالب", "وطالبت", "وحث"] {
            let text = "\(verb) البلدان إلى وقف إطلاق النار."
            XCTAssertEqual(types(text), [.call], text)
        }
        for verb in ["رحب", "ورحبت", "أشاد", "وأشادت", "أعربت مصر عن تقديرها"] {
            let text = "\(verb) بالاتفاق."
            XCTAssertEqual(types(text), [.welcome], text)
        }
        for verb in ["أدان", "وأدانت", "رفض", "ورفضت", "استنكرت", "وشجب"] {
            let text = "\(verb) الأردن الهجوم."
            XCTAssertEqual(types(text), [.condemn], text)
        }
        for verb in ["اتفق", "اتفقت", "اتفقا", "واتفقوا", "تعهد", "وتعهدت", "قرر", "التزم"] {
            let text = "\(verb) الطرفان على تعزيز التعاون."
            XCTAssertEqual(types(text), [.pledge], text)
        }
    }

    func testFutures() {
        XCTAssertEqual(types("وستواصل مصر دعم الجهود الإنسانية."), [.support])
        XCTAssertEqual(types("وسيعقد الجانبان الجولة المقبلة في الرياض."), [.pledge])
        XCTAssertEqual(types("وأكد الوزير أهمية السياسة الخارجية وسيادة الدول."), [.position])
        // س after other clitics, and words with a س that is not the future's.
        XCTAssertEqual(types("فسيعمل البلدان على توسيع التبادل التجاري."), [.pledge])
        XCTAssertEqual(types("وستعقد اللجنة المشتركة اجتماعها المقبل في عمان."), [.pledge])
        XCTAssertEqual(types("وبحث الوزيران السياسات والسيارات والسياحة."), [])
        XCTAssertEqual(types("La France continuera de soutenir le Liban."), [.support])
        XCTAssertEqual(types("La prochaine réunion se tiendra à Dakar."), [.pledge])
        XCTAssertEqual(types("The next round of talks will be held in Doha."), [.pledge])
        XCTAssertEqual(types("The weather will be hot."), [])
    }

    func testEnglishAndFrenchInflection() {
        let cases: [(String, [CommitmentType], UInt)] = [
            ("The two sides agreed to expand trade.", [.pledge], #line),
            ("Egypt pledges to open the crossing.", [.pledge], #line),
            ("Both countries reaffirmed their support for the UN plan.", [.support], #line),
            ("Morocco reiterated its commitment to the two-state solution.", [.position], #line),
            ("Brazil reaffirmed its adherence to the one-China principle.", [.support], #line),
            ("Morocco reiterated its commitment to deepening trade.", [.pledge], #line),
            ("Jordan condemned the attack and called for restraint.", [.condemn, .call], #line),
            ("The ministers welcomed the truce, urging both parties to respect it.", [.welcome, .call], #line),
            ("Les deux parties sont convenues de renforcer leur coopération.", [.pledge], #line),
            ("Les deux pays réaffirment leur attachement au multilatéralisme et appellent à la retenue.", [.position, .call], #line),
            ("La France a salué l'accord et a condamné l'attaque.", [.welcome, .condemn], #line),
            ("Les deux ministres se sont engagés à relancer le commerce.", [.pledge], #line),
            ("The talks were held in a cordial atmosphere.", [], #line),
            ("The two ministers discussed regional issues.", [], #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(types(text), expected, text, line: line)
        }
    }

    func testSplitsAndQualifications() {
        let split = TestSupport.extract("وأكد البلدان دعمهما للحل السياسي، داعيين إلى وقف فوري لإطلاق النار.")
        XCTAssertEqual(split.commitments.map(\.type), [.support, .call])

        let negated = TestSupport.extract("ولم يتفق الجانبان على موعد الجولة المقبلة.").commitments
        XCTAssertEqual(negated.map(\.context), [.negated])
        let negatedEn = TestSupport.extract("The two sides did not agree on a date.").commitments
        XCTAssertEqual(negatedEn.map(\.context), [.negated])
        let conditional = TestSupport.extract("The EU stands ready to impose sanctions if the attacks continue.").commitments
        XCTAssertEqual(conditional.map(\.context), [.conditional])
        let conditionalFr = TestSupport.extract("Le Maroc s'engage à augmenter ses achats si les prix baissent.").commitments
        XCTAssertEqual(conditionalFr.map(\.context), [.conditional])
        // Arabic conditionals as written (إذا folds to اذا), and none without them.
        for (text, context) in [
            ("وأكد الجانبان استعدادهما لرفع العقوبات إذا توقفت الهجمات.", CommitmentContext.conditional),
            ("وأكد الجانبان استعدادهما لرفع العقوبات بشرط وقف الهجمات.", .conditional),
            ("وأكد الجانبان استعدادهما لرفع العقوبات فورا.", nil),
        ] {
            XCTAssertEqual(TestSupport.extract(text).commitments.map(\.context), [context], text)
        }

        let target = TestSupport.extract("وتنفيذ خطة العمل 2025–2029.\n\n• تنفيذ خطة العمل 2025–2029 لبناء مجتمع مشترك.").commitments
        XCTAssertEqual(target.last?.target, "2025–2029")
        XCTAssertEqual(TestSupport.extract("India and the UAE agreed to double trade by 2030.").commitments.first?.target, "2030")
    }

    func testBulletsAreCommitmentsOfTheIssuers() {
        let text = """
        اتفقت مصر والسودان على تعزيز التعاون.

        أبرز النتائج

          • إطلاق منتدى للأعمال في عام 2027.
          • الدعوة إلى وقف فوري لإطلاق النار في غزة.
        شاركها.
        """
        let extraction = TestSupport.extract(text)
        XCTAssertEqual(extraction.commitments.map(\.type), [.pledge, .pledge, .call])
        for c in extraction.commitments { XCTAssertEqual(Set(c.by.map(\.rawValue)), ["EG", "SD"]) }
        XCTAssertFalse(extraction.commitments.contains { $0.text.contains("أبرز") || $0.text.contains("شاركها") })
    }

    func testTopics() {
        let c = TestSupport.extract("اتفق الجانبان على تعزيز التعاون في الأمن السيبراني والزراعة والتجارة.").commitments
        XCTAssertEqual(c.first?.topics, [.trade, .agriculture, .cyber])
        let d = TestSupport.extract("The two sides agreed to cooperate on counter-terrorism and renewable energy.").commitments
        XCTAssertEqual(Set(d.first?.topics ?? []), [.counterterrorism, .energy])
    }
}
