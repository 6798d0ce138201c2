import Model
import XCTest

/// An Arabic participle in the accusative ("معبرا عن…", "معتبرا أن…", "معربين عن رفضهما…")
/// opens a clause of its own, with or without a comma, and takes its own type rather than the
/// type of the call or welcome before it (GUIDELINES, Unit: a change of type splits); stances
/// said with other verbs than the commonest ones are typed by what they say.
final class ArabicCircumstantialClauseTests: XCTestCase {
    func testEachStanceOfAChainTakesItsOwnType() {
        let cases: [(text: String, types: [CommitmentType], line: UInt)] = [
            ("رحب الوزير بنتائج المباحثات مع نظيره معبرا عن قلقه من تدهور الأوضاع الإنسانية في المنطقة.",
             [.welcome, .position], #line),
            ("دعا المجلس الأطراف إلى ضبط النفس، معتبرا أن الحوار هو الطريق الوحيد لتسوية النزاع.",
             [.call, .position], #line),
            ("طالب الوزيران المجتمع الدولي بتقديم المساعدات، معربين عن رفضهما لأي خطط لتهجير السكان.",
             [.call, .condemn], #line),
            ("إن الوزارة إذ تؤكد تضامنها مع الشعب الليبي، فإنها على ثقة بقدرته على تجاوز المحنة.",
             [.support, .position], #line),
            ("وحملت الحكومة سلطات الاحتلال المسؤولية الكاملة عن حياة المعتقلين.", [.condemn], #line),
            ("ونوه البيان إلى ضرورة احترام الاتفاقات الموقعة بين الجانبين.", [.position], #line),
            ("وأثنت الوزارة على جهود الوسطاء في التوصل إلى التهدئة.", [.welcome], #line),
            ("ودان المجلس الهجوم الذي استهدف المدنيين في المدينة.", [.condemn], #line),
        ]
        for c in cases {
            let e = TestSupport.extract(c.text, published: "2026-03-03")
            XCTAssertEqual(e.commitments.map(\.type), c.types, c.text, line: c.line)
        }
    }

    func testAnAdverbialAgainOpensNoClause() {
        let text = "وجدد الوزير دعوته مجددا إلى وقف إطلاق النار في القطاع."
        XCTAssertEqual(TestSupport.extract(text, published: "2026-03-03").commitments.count, 1, text)
    }

    func testThatHeStandsForTheOneWhoSaidIt() {
        let text = "قال الرئيس التونسي قيس سعيد، الأحد، إنه اتخذ مع العاهل المغربي الملك محمد السادس قرارات لتعزيز التعاون بين البلدين."
        let e = TestSupport.extract(text, published: "2026-03-03")
        XCTAssertEqual(e.commitments.map(\.type), [.pledge], text)
        XCTAssertEqual(e.commitments.first?.by.map(\.rawValue), ["TN"], text)
    }
}
