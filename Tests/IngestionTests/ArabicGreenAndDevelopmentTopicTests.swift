import Model
import XCTest

/// "Green" in its environmental sense names the climate (a regional green initiative's place
/// name is no conflict), a development initiative or agenda the economy; a go-ahead
/// ("الضوء الأخضر") is no climate.
final class ArabicGreenAndDevelopmentTopicTests: XCTestCase {
    func testGreenInitiativesAreClimateAndDevelopmentInitiativesEconomy() {
        let opening = "أجرى رئيس غانا اتصالا هاتفيا مع رئيس مصر. "
        let cases: [(String, Topic, Topic?, UInt)] = [
            ("وأكد الرئيس الغاني دعم بلاده لمبادرة الشرق الأوسط الأخضر.", .climate, .regionalConflict, #line),
            ("وأكد الرئيسان أهمية التعاون في الاقتصاد الأخضر.", .climate, nil, #line),
            ("واتفق الجانبان على مشروع مشترك لإنتاج الهيدروجين الأخضر.", .energy, nil, #line),
            ("ورحب الرئيس المصري بانضمام غانا إلى مبادرة التنمية الأفريقية.", .economy, .diplomaticProcess, #line),
            ("وأكد الرئيس الغاني أن بلاده أعطت الضوء الأخضر لاستئناف المفاوضات.", .diplomaticProcess, .climate, #line),
        ]
        for (sentence, wanted, unwanted, line) in cases {
            let topics = TestSupport.extract(opening + sentence, language: .arabic).commitments.first?.topics ?? []
            XCTAssertTrue(topics.contains(wanted), "\(sentence) → \(topics)", line: line)
            if let unwanted { XCTAssertFalse(topics.contains(unwanted), "\(sentence) → \(topics)", line: line) }
        }
    }
}
