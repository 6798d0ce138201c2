import Model
import XCTest

/// GUIDELINES' topics read as the annotation standard draws their borders:
/// territorial integrity is `territorial` (sovereignty only when the clause
/// names sovereignty or independence too); peace, as stability, is `security`
/// unless it is a peace process, which is the settlement of a conflict.
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

    /// An official's title names no matter of the clause: "Aide to the President" is no
    /// humanitarian aid, "رئيس مجلس السيادة" (the Sovereignty Council's head) no sovereignty.
    static let titles: [(text: String, topics: [Topic], line: UInt)] = [
        ("Ghana and Togo agree on border patrols\n\nThe two sides welcomed the visit of Aide to the Ghanaian President "
         + "Kwame Boateng to Lome.", [.diplomaticProcess], #line),
        ("البيان الختامي لاجتماع مجلس الجامعة العربية\n\nمن جانبه، أعرب رئيس مجلس السيادة السوداني عن شكره للدول العربية "
         + "على وقوفها إلى جانب الشعب السوداني.", [.regionalConflict], #line),
    ]

    func testATitleCarriesNoTopic() {
        for c in Self.titles {
            let topics = TestSupport.extract(c.text, published: "2027-05-04").commitments.last?.topics
            XCTAssertEqual(topics, c.topics, c.text, line: c.line)
        }
    }

    static let peace: [(text: String, topics: [Topic], line: UInt)] = [
        ("The two presidents pledged to work together for a lasting peace in their continent.", [.security], #line),
        ("Les deux chefs d'État se sont engagés à œuvrer pour une paix durable sur le continent.", [.security], #line),
        ("وأكد الجانبان حرصهما على تعزيز السلم في القارة.", [.security], #line),
    ]

    func testPeaceIsSecurity() {
        for c in Self.peace {
            let topics = TestSupport.extract(c.text).commitments.first?.topics
            XCTAssertEqual(topics, c.topics, c.text, line: c.line)
        }
    }

    func testAPeaceProcessIsNotSecurity() {
        let topics = TestSupport.extract("The ministers reaffirmed their support for the peace process.").commitments.first?.topics ?? []
        XCTAssertFalse(topics.contains(.security), "\(topics)")
        XCTAssertFalse(topics.isEmpty)
    }

    /// "The two peoples" closes many Arabic statements on the relationship;
    /// only contact between the peoples is a people-to-people exchange.
    func testTheTwoPeoplesAreNotCultureButTheirContactIs() {
        let relationship = TestSupport.extract("واتفق الوزيران على تطوير العلاقات بما يخدم مصالح البلدين والشعبين.").commitments.first?.topics ?? []
        XCTAssertFalse(relationship.contains(.culture), "\(relationship)")
        let contact = TestSupport.extract("واتفق الوزيران على تعزيز التواصل بين الشعبين.").commitments.first?.topics ?? []
        XCTAssertTrue(contact.contains(.culture), "\(contact)")
    }

    /// Military operations are the fighting of a conflict, not defence cooperation.
    static let militaryOperations: [(text: String, line: UInt)] = [
        ("The council called for an immediate halt to the military operations in the north of the country.", #line),
        ("Le conseil a exigé l'arrêt immédiat des opérations militaires dans le nord du pays.", #line),
        ("وطالب المجلس بالوقف الفوري للعمليات العسكرية في شمال البلاد.", #line),
    ]

    func testMilitaryOperationsAreTheConflictNotSecurity() {
        for c in Self.militaryOperations {
            let topics = TestSupport.extract(c.text).commitments.first?.topics
            XCTAssertEqual(topics, [.regionalConflict], c.text, line: c.line)
        }
    }
}
