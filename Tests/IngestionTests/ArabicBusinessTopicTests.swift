import Model
import XCTest

/// The private sector and the business community are economic actors: what they are asked to
/// do (partnerships, visits) is about the economy first, whatever diplomatic words it uses.
final class ArabicBusinessTopicTests: XCTestCase {
    func testACallOnBusinessIsAboutTheEconomy() {
        let opening = "عقد وزيرا خارجية غانا وتونس مباحثات في أكرا. "
        let cases: [(String, UInt)] = [
            ("ودعا الوزيران القطاع الخاص في البلدين إلى بناء شراكات جديدة وتبادل الزيارات.", #line),
            ("وحث الجانبان رجال الأعمال على تكثيف الزيارات المتبادلة.", #line),
            ("ودعت تونس مجتمع الأعمال الغاني إلى توسيع الشراكة.", #line),
            ("ودعا الجانبان القطاعات الخاصة إلى تبادل الخبرات.", #line),
        ]
        for (sentence, line) in cases {
            let topics = TestSupport.extract(opening + sentence, language: .arabic).commitments.first?.topics ?? []
            XCTAssertEqual(topics.first, .economy, "\(sentence) → \(topics)", line: line)
        }
    }
}
