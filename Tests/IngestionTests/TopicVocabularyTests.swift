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

    /// Fisheries, transport, taxes, inflation, an alliance, an independent state,
    /// the Korean question, reconstruction, arms, consulates and visas, a
    /// constitution, minorities: fields named in the words of the trade.
    static let tradeWords: [(text: String, topics: [Topic], line: UInt)] = [
        ("The two ministers agreed to expand cooperation in fisheries and maritime transport.", [.infrastructure, .agriculture], #line),
        ("Les deux pays ont signé un accord dans le domaine de la pêche.", [.agriculture], #line),
        ("واتفق الجانبان على تطوير التعاون في مجال النقل البحري.", [.infrastructure], #line),
        ("The two sides agreed to coordinate closely on North Korea.", [.security], #line),
        ("Les deux ministres ont salué la réforme fiscale engagée par le gouvernement.", [.finance], #line),
        ("Les ministres ont exprimé leur préoccupation face à la hausse de l'inflation.", [.economy], #line),
        ("L'Algérie réaffirme son soutien au droit du peuple sahraoui à un État indépendant.", [.sovereignty], #line),
        ("The two ministers reaffirmed the strength of their alliance.", [.security], #line),
        ("The ministers called for a peaceful settlement of the dispute.", [.regionalConflict], #line),
        ("The two ministers agreed to work together on the reconstruction of the country.", [.economy], #line),
        ("وأكد الجانبان ضرورة حصر السلاح بيد الدولة.", [.security], #line),
        ("Les deux pays ont convenu de faciliter la délivrance des visas.", [.other], #line),
        ("The minister welcomed the opening of a consulate in the northern city.", [.other], #line),
        ("Les chefs d'État ont exhorté les autorités à rétablir l'ordre constitutionnel.", [.other], #line),
        ("وأكد الجانبان أهمية حماية حقوق الأقليات.", [.other], #line),
        // A sound feminine plural is not read back to its singular in ة.
        ("واتفق الجانبان على تشجيع الاستثمار في الصناعات الدوائية.", [.investment, .industry], #line),
        // "visant" is no visa.
        ("La France dénonce toute tentative visant à compromettre la stabilité du pays.", [.security], #line),
    ]

    func testFieldsNamedInTheWordsOfTheTradeHaveTheirTopics() {
        for c in Self.tradeWords {
            let topics = TestSupport.extract(c.text).commitments.first?.topics
            XCTAssertEqual(topics, c.topics, c.text, line: c.line)
        }
    }

    /// « Un déplacement » is first a leader's trip or the movement of people and
    /// goods; only the displaced and forced displacement are humanitarian.
    func testADeplacementIsATripUnlessPeopleAreDisplaced() {
        let cases: [(String, Topic, UInt)] = [
            ("Le Premier ministre a annoncé un déplacement à Rabat le mois prochain.", .diplomaticProcess, #line),
            ("Les deux pays se sont engagés à faciliter le déplacement des personnes et des marchandises.", .trade, #line),
            ("Les deux ministres ont appelé à protéger les personnes déplacées.", .humanitarian, #line),
        ]
        for (text, topic, line) in cases {
            XCTAssertEqual(TestSupport.extract(text).commitments.first?.topics, [topic], text, line: line)
        }
    }

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
