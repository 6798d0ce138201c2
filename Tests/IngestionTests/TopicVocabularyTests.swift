import Model
import XCTest

/// GUIDELINES' topics for fields real reports name in words of their own:
/// sport as people-to-people exchanges, forests and drought as climate, an
/// epidemic as health, a bombing or an attentat as terrorism.
final class TopicVocabularyTests: XCTestCase {
    static let cases: [(text: String, topic: Topic)] = [
        ("The two ministers agreed to expand cooperation in sport and youth programmes.", .culture),
        ("Les deux présidents ont exprimé leur préoccupation face à la disparition des forêts du bassin.", .climate),
        ("وأكد الجانبان أهمية التعاون في مكافحة التصحر والجفاف.", .climate),
        ("The leaders pledged to coordinate their response to the cholera epidemic.", .health),
        ("La France condamne l'attentat commis hier contre un marché de la capitale.", .counterterrorism),
        ("وأدانت الوزارة التفجير الذي استهدف سوقا شعبية.", .counterterrorism),
    ]

    /// Visits of leaders are the relationship itself: "high-level exchanges" are not people-to-people ones.
    func testHighLevelExchangesAreTheDiplomaticProcess() {
        let topics = TestSupport.extract("The two sides agreed to keep up high-level exchanges between their governments.").commitments.first?.topics
        XCTAssertEqual(topics, [.diplomaticProcess])
    }

    func testFieldsNamedInEverydayWordsHaveTheirTopic() {
        for c in Self.cases {
            let topics = TestSupport.extract(c.text).commitments.first?.topics ?? []
            XCTAssertTrue(topics.contains(c.topic), "\(topics) for: \(c.text)")
        }
    }
}
