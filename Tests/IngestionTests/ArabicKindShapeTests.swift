import Model
import XCTest

/// What the text calls its document decides the kind: a named declaration
/// issued on a visit is the two sides' joint statement, a statement a summit
/// issued is its communique (a two- or three-party summit's, a joint
/// statement), and an account of phone talks is a readout.
final class ArabicKindShapeTests: XCTestCase {
    func testNamedVisitDeclarationsSummitStatementsAndPhoneTalksTakeTheirKind() {
        let cases: [(String, StatementKind, UInt)] = [
            ("وقع الرئيسان المصري والكيني إعلان القاهرة في ختام زيارة رسمية أداها الرئيس الكيني إلى مصر.\n"
             + "وأكد الرئيسان عزمهما على توسيع التبادل التجاري.\n", .jointStatement, #line),
            ("The two presidents signed the Nairobi Declaration at the end of the Egyptian leader's state visit to Kenya.\n"
             + "They agreed to expand trade between the two countries.\n", .jointStatement, #line),
            ("The summit of the African Union adopted the Nairobi Declaration on Friday.\n"
             + "The leaders agreed to expand trade across the continent.\n", .declaration, #line),
            ("وأفاد بيان صادر عن القمة الثلاثية التي استضافتها عمان بأن قادة مصر والأردن والعراق اتفقوا على تنسيق مواقفهم.\n"
             + "وشدد القادة على أهمية مكافحة الإرهاب.\n", .jointStatement, #line),
            ("وأفاد بيان صدر عن القمة الخليجية في الرياض بأن القادة اتفقوا على تنسيق مواقفهم.\n"
             + "وشدد القادة على أهمية مكافحة الإرهاب.\n", .communique, #line),
            ("جاء ذلك خلال محادثات هاتفية أجراها وزير الخارجية المصري مع نظيره الكيني مساء الأحد.\n"
             + "وأكد الوزير المصري أهمية تعزيز التعاون بين البلدين.\n", .readout, #line),
            ("وبحث الوزيران خلال مباحثات هاتفية العلاقات الثنائية بين مصر وكينيا.\n"
             + "وأكد الوزير المصري أهمية تعزيز التعاون بين البلدين.\n", .readout, #line),
        ]
        for (text, kind, line) in cases {
            XCTAssertEqual(TestSupport.extract(text, published: "2026-03-03").statement.kind, kind, text, line: line)
        }
    }

    /// "ودعا البيان الختامي للقمة إلى …": Arabic puts the verb first, so a document named
    /// right after a stance verb, with no preposition, is its subject, not what it reacts to;
    /// "رحبت كينيا بالبيان المشترك" still welcomes another document.
    func testADocumentRightAfterAnArabicVerbIsItsSubject() {
        let cases: [(String, StatementKind, UInt)] = [
            ("شدد قادة مصر وكينيا وأوغندا على ضرورة التنسيق، ودعا البيان الختامي للقمة الثلاثية التي عقدت في نيروبي "
             + "اليوم إلى التمسك بمبادئ حسن الجوار.\n", .communique, #line),
            ("ودعا البيان المشترك الصادر في ختام المباحثات إلى توسيع التبادل التجاري بين مصر وكينيا.\n", .jointStatement, #line),
        ]
        for (text, kind, line) in cases {
            XCTAssertEqual(TestSupport.extract(text, published: "2026-03-03").statement.kind, kind, text, line: line)
        }
        let welcomed = "رحبت كينيا بالبيان المشترك الصادر عن مصر وأوغندا، وأكدت دعمها لجهود السلام.\n"
        XCTAssertNotEqual(TestSupport.extract(welcomed, published: "2026-03-03").statement.kind, .jointStatement, welcomed)
    }

    /// A call named without "by phone" ("يجري اتصالاً مع", "في اتصال مع") is an account
    /// of talks too, though the text cites one side's statement ("في بيان"): a readout
    /// with both sides as its issuers.
    func testACallWithACounterpartIsAReadout() {
        let text = "الرئيس الكيني يجري اتصالاً مع رئيس الوزراء الإثيوبي لبحث الأوضاع في القرن الأفريقي.\n"
            + "وقالت الرئاسة الكينية في بيان إن الجانبين اتفقا على مواصلة التشاور.\n"
        let found = TestSupport.extract(text, published: "2026-03-03")
        XCTAssertEqual(found.statement.kind, .readout)
        XCTAssertEqual(Set(found.issuers.map(\.rawValue)), ["KE", "ET"])
    }
}
