import Model
import XCTest

/// The statement's kind by GUIDELINES.md, one table per class of error seen
/// on real articles. The sentences are written for these tests.
final class KindTests: XCTestCase {
    private func check(_ cases: [(String, StatementKind, UInt)]) {
        for (text, kind, line) in cases {
            XCTAssertEqual(TestSupport.extract(text).statement.kind, kind, text, line: line)
        }
    }

    /// Issued jointly is a joint statement, whatever it is called.
    func testJointDeclarationsAndJointPressStatementsAreJointStatements() {
        check([
            ("Le Maroc et le Sénégal ont adopté une déclaration conjointe sur la pêche artisanale.", .jointStatement, #line),
            ("Les deux pays ont publié une déclaration commune à l'issue des entretiens.", .jointStatement, #line),
            ("The two presidents signed a joint declaration on energy cooperation.", .jointStatement, #line),
            ("The ministers issued a joint press statement after their meeting.", .jointStatement, #line),
            ("وأصدر البلدان إعلانا مشتركا حول الأمن الغذائي.", .jointStatement, #line),
        ])
    }

    /// The close of a summit, a council or a ministerial meeting is reported from its final statement.
    func testSummitAndCouncilClosesAreCommuniques() {
        check([
            ("اختتمت القمة العربية أعمالها في الرياض بالتأكيد على دعم القضية الفلسطينية.", .communique, #line),
            ("أكد الاجتماع الطارئ لوزراء الخارجية العرب رفضه الكامل للعدوان.", .communique, #line),
            ("At the close of the summit, the leaders adopted a final statement calling for a ceasefire.", .communique, #line),
            ("Le sommet a adopté une déclaration finale appelant au dialogue national.", .communique, #line),
            ("The joint communiqué issued after the fourth session of the joint commission stressed trade.", .communique, #line),
            ("وأكد الإعلان الختامي للقمة دعم الحل السياسي للأزمة.", .communique, #line),
            ("The chair's statement of the summit called on all parties to show restraint.", .communique, #line),
        ])
    }

    /// A ministry's statement in which two sides met or spoke is that side's
    /// account of the talks; one that speaks for its own side alone stays a press statement.
    func testAMinistrysStatementOnTalksOfTwoSidesIsAReadout() {
        check([
            ("The Chilean Foreign Ministry said in a statement that the foreign ministers of Chile and Peru agreed in Lima "
             + "on Monday to open their border.", .readout, #line),
            ("وذكر بيان صادر عن وزارة الخارجية التشيلية أن وزيري خارجية تشيلي والبيرو اتفقا في ليما على فتح الحدود.", .readout, #line),
            ("The Chilean Foreign Ministry said in a statement that it strongly condemns the attack on the embassy in Lima.",
             .pressStatement, #line),
        ])
    }

    /// A bilateral visit's final communiqué is issued by its two sides: a joint
    /// statement. A summit's final communiqué stays a communique, even on a visit.
    func testAVisitsFinalCommuniqueIsAJointStatement() {
        check([
            ("Dans le communiqué final ayant clôturé la visite officielle du président ghanéen à Lomé, les deux chefs d'État "
             + "ont réaffirmé leur volonté de renforcer la coopération.", .jointStatement, #line),
            ("The final communique issued at the end of the state visit of the Ghanaian president to Lome stressed trade.",
             .jointStatement, #line),
            ("وأكد البيان الختامي لزيارة الرئيس الغاني إلى لومي عزم البلدين على تعزيز التعاون.", .jointStatement, #line),
            ("The final communique of the summit, held during the president's visit to Lome, stressed trade.", .communique, #line),
        ])
    }

    /// One side's account of talks, a meeting or a call, even when it is
    /// called that side's statement, and even when nothing names it.
    func testReadoutShapes() {
        check([
            ("The foreign minister held talks with his Kenyan counterpart on Monday in Nairobi.", .readout, #line),
            ("استقبل وزير الخارجية اليوم نظيره الموريتاني وبحث معه سبل تعزيز العلاقات الثنائية.", .readout, #line),
            ("أجرى الرئيس مباحثات مع نظيره الغاني في القصر الرئاسي تناولت التعاون الاقتصادي.", .readout, #line),
            ("Le ministre s'est entretenu mardi avec son homologue italien, selon un communiqué du ministère.", .readout, #line),
            ("The minister met with the UN envoy on Friday, according to a press release from the ministry.", .readout, #line),
            ("Senior diplomats of the four countries met in New York to review their joint projects.", .readout, #line),
            ("The two leaders spoke at a joint press conference after their talks in Rome.", .newsReport, #line),
            // Talks whose joint statement the body quotes are reported from that statement.
            ("The president held talks with the visiting prime minister at the palace on Sunday morning. "
             + "They reviewed relations between the two countries in many fields of cooperation. "
             + "The talks were attended by several ministers and senior officials of both sides. "
             + "The joint statement issued at the end of the visit stressed the importance of trade.", .jointStatement, #line),
            // "phone talks" are a call as much as a "phone call" is.
            ("Prime Minister Aroha Tane held phone talks with the President of Chile on Tuesday to discuss trade. "
             + "The prime minister thanked Chile for its support.", .readout, #line),
        ])
    }

    /// A statement the article reacts to, or recalls, is not the article's document.
    func testAnotherDocumentIsNotTheKind() {
        check([
            ("In a statement, the ministry dismissed the joint statement of the two neighbours as interference.", .pressStatement, #line),
            ("ردا على البيان المشترك، أصدرت وزارة الخارجية بيانا أكدت فيه رفضها لأي تدخل.", .pressStatement, #line),
            ("Two years after their joint declaration, the ministers discussed trade and investment in Geneva.", .newsReport, #line),
            // The same document named again further down is still the one reacted to.
            ("The foreign office criticised the reference in the US-Indian joint statement at its weekly media briefing.\n\n"
             + "The spokesman said the joint statement ignored the facts on the ground.", .pressStatement, #line),
            // A call about implementing an earlier joint statement is the call's readout.
            ("الرئيس يتلقى اتصالا هاتفيا من نظيره البيروفي\n\nتلقى الرئيس اتصالا هاتفيا مساء اليوم من رئيس البيرو، واستعرض "
             + "الرئيسان نتائج المفاوضات في إطار تنفيذ البيان المشترك التشيلي-البيروفي، واتفقا على مواصلة الجهود.", .readout, #line),
            ("The president received a phone call from his Peruvian counterpart. The two presidents reviewed the talks held "
             + "in implementation of the Chilean-Peruvian joint statement and agreed to continue their efforts.", .readout, #line),
            // A document named with a date of its own is an earlier one the call recalls.
            ("Le président chilien s'est entretenu jeudi par téléphone avec son homologue péruvien, indique un communiqué de la présidence. "
             + "Il a salué les engagements pris dans le cadre de la déclaration de Lima de juin 2019.", .readout, #line),
            ("The Chilean president spoke by phone on Thursday with his Peruvian counterpart. "
             + "He praised the commitments made under the Lima Declaration of 2019.", .readout, #line),
            ("تلقى الرئيس التشيلي اتصالا هاتفيا الخميس من نظيره البيروفي، أشاد خلاله بالالتزامات الواردة في إعلان ليما لعام 2019.",
             .readout, #line),
        ])
    }

    /// A declaration is one only under its own name; a bare one is somebody's statement.
    func testDeclarationNeedsItsOwnName() {
        check([
            // A title may date the declaration by its day.
            ("Déclaration de Lima du 14 mars 2027\n\nLes chefs d'État ont adopté une feuille de route commune.", .declaration, #line),
            ("The leaders adopted the Riyadh Declaration on regional security and development.", .declaration, #line),
            ("وصدر إعلان القاهرة في ختام أعمال المؤتمر الدولي.", .declaration, #line),
            ("Les chefs d'État ont adopté la Déclaration de Dakar sur la sécurité alimentaire.", .declaration, #line),
            ("The minister made a brief declaration to reporters after the meeting ended.", .newsReport, #line),
        ])
    }

    /// The words that decided the kind, the date, the venue and each issuer
    /// are spans of the article: their offsets cut their text from it.
    func testEvidenceSpansCutTheirTextFromTheArticle() {
        let cases: [(text: String, published: String, kind: String, date: String, venue: String, line: UInt)] = [
            ("🌍 Le Maroc et la France ont publié, lundi 2 mars 2026 à Rabat, une déclaration conjointe sur l'eau.",
             "2026-03-03", "déclaration conjointe", "2 mars 2026", "Rabat", #line),
            ("جاء ذلك في بيان مشترك صدر عن مصر والأردن في القاهرة يوم 5 يناير 2026.",
             "2026-01-06", "بيان مشترك", "5 يناير 2026", "القاهرة", #line),
            ("China and Pakistan said in a joint statement issued in Beijing on Monday that they agreed to meet.",
             "2026-01-07", "joint statement", "Monday", "Beijing", #line),
        ]
        for c in cases {
            let e = TestSupport.extract(c.text, published: c.published)
            guard let evidence = e.evidence else { return XCTFail("no evidence", line: c.line) }
            XCTAssertEqual(evidence.kind?.text, c.kind, line: c.line)
            XCTAssertEqual(evidence.date?.text, c.date, line: c.line)
            XCTAssertEqual(evidence.venue?.text, c.venue, line: c.line)
            XCTAssertEqual(Set(evidence.issuers.keys), Set(e.issuers.map(\.rawValue)), line: c.line)
            let spans = [evidence.kind, evidence.date, evidence.venue].compactMap { $0 } + Array(evidence.issuers.values)
            for span in spans {
                XCTAssertEqual(TestSupport.scalars(c.text, span.start, span.end), span.text, line: c.line)
            }
        }
    }
}
