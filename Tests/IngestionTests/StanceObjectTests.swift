import Model
import XCTest

/// GUIDELINES: readiness, determination or the will to act is a pledge, also
/// when a stance verb reports it ("reiterated their determination to…") or
/// when the speaker's will stands in a complement ("stressed that X wants
/// to…"). The first object of a stance verb gives its type, and a cue in a
/// complement of that object ("the importance of the agreement") does not.
final class StanceObjectTests: XCTestCase {
    static let cases: [(text: String, type: CommitmentType)] = [
        ("Les deux ministres ont réaffirmé leur volonté de renforcer les échanges universitaires.", .pledge),
        ("The two presidents reiterated their determination to complete the railway by 2030.", .pledge),
        ("The minister stressed that Ghana wants to deepen its partnership with Kenya.", .pledge),
        ("Le ministre a souligné que « le Sénégal est prêt à accueillir la prochaine session ».", .pledge),
        ("وأكد الوزيران استعدادهما لتوسيع التعاون في مجال الطاقة.", .pledge),
        // The will to act is a second object here: the first, an importance, is a position.
        ("Les deux pays réaffirment l'importance de leur amitié et leur volonté de travailler ensemble.", .position),
    ]

    func testResolveToActUnderAStanceVerbIsAPledge() {
        for c in Self.cases {
            XCTAssertEqual(TestSupport.extract(c.text).commitments.map(\.type), [c.type], c.text)
        }
    }

    static let complements: [String] = [
        "The two sides stressed the importance of the agreement.",
        "Les deux parties ont souligné la portée de l'accord signé à Rabat.",
        "وأكد الجانبان أهمية التطبيق الكامل للاتفاق.",
    ]

    func testCueInsideTheObjectsComplementLeavesAPosition() {
        for text in Self.complements {
            XCTAssertEqual(TestSupport.extract(text).commitments.map(\.type), [.position], text)
        }
    }

    /// "reiterated support for the national dialogue", "stressed support for Peru": a stance
    /// word right after a stance verb, with no article or possessive, is its object's noun;
    /// two finite verbs do not follow each other in English or French.
    func testABareStanceNounRightAfterTheVerbGivesTheType() {
        let cases: [(String, CommitmentType, UInt)] = [
            ("The summit reiterated support for the national dialogue initiative in Peru.", .support, #line),
            ("The council stressed support for Peru and its decisions against terrorism.", .support, #line),
            ("The ministers expressed concern over the fighting in the north.", .position, #line),
        ]
        for (text, type, line) in cases {
            XCTAssertEqual(TestSupport.extract(text).commitments.map(\.type), [type], text, line: line)
        }
    }
}
