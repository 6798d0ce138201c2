import Model
import XCTest

/// "اتفق الجانبان على أن …": agreeing that something holds (a noun after "أن":
/// "على أن التجارة ركيزة…", "على أن تعزيز التعاون ضرورة") is a shared position;
/// agreeing on what is to be done (an imperfect verb after "أن": "على أن تحتضن
/// القاهرة الدورة المقبلة") is a pledge, as agreeing "on" an action is.
final class ArabicAgreementThatTests: XCTestCase {
    func testWhatFollowsTheComplementiserGivesTheType() {
        let opening = "عقدت مصر والصين مباحثات في القاهرة. "
        let cases: [(String, CommitmentType, UInt)] = [
            ("واتفق الرئيسان على أن التجارة والاستثمار ركيزة أساسية للعلاقات بين البلدين.", .position, #line),
            ("واتفقا على أنَّ مصر والصين تربطهما علاقة متينة.", .position, #line),
            ("واتفق الرئيسان على أن تعزيز التعاون ضرورة.", .position, #line),
            ("واتفق الجانبان على أن تحتضن القاهرة الدورة المقبلة للجنة المشتركة.", .pledge, #line),
            ("واتفق الوزيران على تعزيز التعاون.", .pledge, #line),
        ]
        for (sentence, type, line) in cases {
            let found = TestSupport.extract(opening + sentence, published: "2026-03-03").commitments.map(\.type)
            XCTAssertEqual(found, [type], sentence, line: line)
        }
    }

    /// "…، وأضافا أنهما سيعززان…": a future the speakers add after a comma, under a verb of
    /// saying of its own, is a pledge of its own, not part of the agreement's position.
    func testAFutureAddedUnderAVerbOfSayingIsAClauseOfItsOwn() {
        let text = "عقدت مصر والصين مباحثات في القاهرة. "
            + "واتفق الرئيسان على أن التجارة والاستثمار مهمان للعلاقات الثنائية، وأضافا أنهما سيعززان التبادل التجاري بين البلدين."
        let found = TestSupport.extract(text, published: "2026-03-03").commitments
        XCTAssertEqual(found.map(\.type), [.position, .pledge], text)
        XCTAssertTrue(found.last?.text.hasPrefix("وأضافا") ?? false, text)
    }
}
