import Model
import XCTest

/// GUIDELINES' topics read as the annotation standard draws their borders:
/// territorial integrity is `territorial` (sovereignty only when the clause
/// names sovereignty or independence too).
final class TopicFieldTests: XCTestCase {
    static let territorialIntegrity: [(text: String, topics: [Topic], line: UInt)] = [
        ("The two ministers reaffirmed their respect for the territorial integrity of Cyprus.", [.territorial], #line),
        ("The leaders stressed their support for the sovereignty and territorial integrity of Serbia.", [.sovereignty, .territorial], #line),
        ("Les deux présidents ont réaffirmé leur attachement à l'intégrité territoriale de la Géorgie.", [.territorial], #line),
        ("وأكد الوزيران دعمهما لسلامة أراضي قبرص.", [.territorial], #line),
        ("وجدد الجانبان دعمهما لسيادة المغرب ووحدة أراضيه.", [.sovereignty, .territorial], #line),
    ]

    func testTerritorialIntegrityIsTerritorial() {
        for c in Self.territorialIntegrity {
            let topics = TestSupport.extract(c.text).commitments.first?.topics
            XCTAssertEqual(topics, c.topics, c.text, line: c.line)
        }
    }
}
