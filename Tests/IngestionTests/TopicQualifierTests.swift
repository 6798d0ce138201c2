import Model
import XCTest

/// Topics only for the fields a clause names: a word that names a field only
/// with its qualifier ("development" of relations, a "crisis" of the climate,
/// ضمان read as ضمّ), GUIDELINES' place for international law and the UN
/// Charter, and words that name no field of their own (a place, a party at
/// war, a courtesy), which count only when nothing else in the clause does.
final class TopicQualifierTests: XCTestCase {
    static let cases: [(text: String, topics: [Topic], line: UInt)] = [
        // A word that names a field only with its qualifier.
        ("واتفق الجانبان على ضمان حرية الملاحة البحرية.", [.security, .trade], #line),
        ("The two ministers welcomed the steady development of their relations.", [.diplomaticProcess], #line),
        ("Les deux ministres ont salué le développement des relations entre leurs pays.", [.diplomaticProcess], #line),
        ("The leaders pledged to work together to address the climate crisis.", [.climate], #line),
        ("Les deux présidents se sont engagés à faire face ensemble à la crise sanitaire.", [.health], #line),
        ("وأكد الوزيران ضرورة التعاون لمواجهة الأزمة الاقتصادية.", [.economy], #line),
        ("The two sides agreed to open a maritime line between their ports.", [.infrastructure], #line),
        // GUIDELINES: international law and the UN Charter are sovereignty; a
        // political settlement is how a crisis is settled.
        ("The ministers stressed their respect for international law and the UN Charter.", [.sovereignty], #line),
        ("Les deux parties ont réaffirmé leur attachement au droit international.", [.sovereignty], #line),
        ("وأكد الجانبان التزامهما بميثاق الأمم المتحدة.", [.sovereignty], #line),
        ("The two ministers stressed the need for a political settlement.", [.regionalConflict], #line),
        // A place or a party at war beside a field locates it; alone, it is the matter.
        ("Egypt and Jordan reaffirmed their support for the security of Lebanon.", [.security], #line),
        ("وأكدت مصر والأردن دعمهما لأمن لبنان واستقراره.", [.security], #line),
        ("The two countries agreed to strengthen security cooperation along their common border.", [.security], #line),
        ("Egypt and Jordan called for more humanitarian aid to Lebanon.", [.humanitarian], #line),
        ("Egypt and Jordan reaffirmed their support for the Syrian people.", [.regionalConflict], #line),
        // A courtesy takes the topic of what it is for.
        ("The minister thanked his counterpart for the humanitarian aid sent to the region.", [.humanitarian], #line),
        ("Le ministre a remercié son homologue pour les bourses offertes aux étudiants.", [.education], #line),
        ("The minister thanked his counterpart.", [.other], #line),
    ]

    func testAClauseHasTheTopicsOfTheFieldsItNames() {
        for c in Self.cases {
            let topics = TestSupport.extract(c.text).commitments.first?.topics
            XCTAssertEqual(topics, c.topics, c.text, line: c.line)
        }
    }
}
