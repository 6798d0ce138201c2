import Model
import XCTest

/// Arabic topic words by GUIDELINES: a territory's safety and a disputed
/// territory by name are territorial, financing or harbouring terrorists is
/// counterterrorism (not finance), a breach of international law is
/// sovereignty, and a "regional space" is a sphere of relations, not space.
final class ArabicTopicCueTests: XCTestCase {
    func testTerritoryTerrorFinancingInternationalLawAndRegionalSpace() {
        let opening = "عقدت مصر وكينيا مشاورات في نيروبي. "
        let cases: [(String, Topic, Topic?, UInt)] = [
            ("وأكد الوزيران دعمهما لحق الدول في الدفاع عن سلامة وأمن أراضيها.", .territorial, nil, #line),
            ("وأكد الوزيران موقفهما الثابت من قضية الصحراء الغربية.", .territorial, nil, #line),
            ("وأكد الوزيران موقفهما الثابت من إنهاء احتلال الجولان.", .territorial, nil, #line),
            ("وشدد الوزيران على أهمية التصدي لكل من يقدم التمويل أو التسليح للجماعات المسلحة.", .counterterrorism, .finance, #line),
            ("وشدد الوزيران على أهمية تجفيف منابع تمويل الإرهاب.", .counterterrorism, .finance, #line),
            ("وأدان الوزيران الهجوم الذي يشكل خرقا للقانون الدولي.", .sovereignty, nil, #line),
            ("وأكد الوزيران أهمية تعزيز التكامل في الفضاء الإقليمي المشترك.", .diplomaticProcess, .space, #line),
        ]
        for (sentence, wanted, unwanted, line) in cases {
            let topics = TestSupport.extract(opening + sentence, language: .arabic).commitments.first?.topics ?? []
            XCTAssertTrue(topics.contains(wanted), "\(sentence) → \(topics)", line: line)
            if let unwanted { XCTAssertFalse(topics.contains(unwanted), "\(sentence) → \(topics)", line: line) }
        }
    }
}
